create table "CustomerAccounts" (
    "Id" serial primary key,
    "Display Name" text not null,
    "user" text not null,
    "say ""hi""" text default 'hello',
    "CreatedAt" timestamptz not null default now()
);

create table "order" (
    id serial primary key,
    "user" int not null references "CustomerAccounts" ("Id"),
    "select" boolean not null default false,
    "Total €" numeric(10,2) not null,
    constraint "Total must be positive" check ("Total €" > 0)
);

create index "IX order user" on "order" ("user");
create unique index "CustomerAccounts_lower(user)" on "CustomerAccounts" (lower("user"));

create table "größe" (
    id serial primary key,
    "wert" text not null,
    "Größe in cm" int
);

comment on column "CustomerAccounts"."say ""hi""" is 'greeting shown on the "welcome" page';
comment on table "order" is 'yes, the table is called order';
