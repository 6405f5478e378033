-- Schemas in every common spelling.
create schema app;
CREATE SCHEMA IF NOT EXISTS reporting;
create schema if not exists app;            -- already there: no-op
create schema billing authorization postgres;
CREATE SCHEMA IF NOT EXISTS "Legacy Data" AUTHORIZATION postgres;

create table app.accounts (id int primary key, name text not null);
create table reporting.daily_totals (day date primary key, total numeric(14,2) default 0);
create table billing.plans (code varchar(20) primary key, monthly_price decimal(8,2));
create table "Legacy Data"."Imported Rows" (id bigint, "Raw Line" text);
