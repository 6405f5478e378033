-- Bulk grants (expanded to per-object grants when run) and sequence privileges.
create schema reporting;
create table reporting.daily (day date primary key, total numeric);
create table reporting.monthly (month date primary key, total numeric);
create sequence reporting.batch_seq;
create table public.counters (id bigserial primary key, n int not null default 0);

grant usage on schema reporting to app_readonly;
grant select on all tables in schema reporting to app_readonly;
grant usage, select on all sequences in schema reporting to app_writer;
grant usage on sequence counters_id_seq to app_writer;
grant select, update on sequence public.counters_id_seq to app_owner;
grant insert, update on counters to app_writer;

-- created after the bulk grant: gets nothing from it
create table reporting.yearly (year int primary key, total numeric);
