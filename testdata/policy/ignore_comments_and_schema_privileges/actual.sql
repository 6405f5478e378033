-- Production: comments written by hand, and grants another tool manages in schema reporting.
DO $$ BEGIN CREATE ROLE pgdrift_policy_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
create schema reporting;
create table reporting.daily (day date primary key, total numeric);
grant usage on schema reporting to pgdrift_policy_reader;
grant select on reporting.daily to pgdrift_policy_reader;
create table public.items (id int primary key, name text);
comment on table public.items is 'written in production';
comment on column public.items.name is 'the name, as shown';
insert into public.items values (1, 'a'), (2, 'b');
