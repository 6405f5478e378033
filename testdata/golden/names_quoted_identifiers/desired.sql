-- Quoted identifiers: upper case, spaces, embedded quotes, unicode; unquoted names fold to lower case.
create schema "Sales Team";

create table "Sales Team"."Customer Accounts" (
    "Id" serial primary key,
    "Full Name" text not null,
    "it""s ok" boolean default true,
    "café" text,
    "Ünïcødé Ⅸ" int,
    "ALLCAPS" int,
    MixedCase int,                 -- unquoted: becomes mixedcase
    "lower_already" int
);

create index "Customer Accounts Full Name idx" on "Sales Team"."Customer Accounts" ("Full Name");
create unique index on "Sales Team"."Customer Accounts" ("café");

CREATE TABLE Widgets (ID INT PRIMARY KEY, Name TEXT);   -- this is public.widgets(id, name)
create table "Widgets" ("ID" int primary key, "Name" text);  -- a different table
create table "naïve_テーブル" ("ключ" int primary key, "值" text check ("值" <> ''));
