-- Default privileges for objects created later, globally and per schema, for a given role.
create schema app;

alter default privileges in schema app grant select on tables to app_readonly;
alter default privileges in schema app grant usage, select on sequences to app_writer;
alter default privileges grant execute on functions to authenticated;
alter default privileges revoke execute on functions from public;
alter default privileges for role app_owner in schema app
  grant select, insert, update, delete on tables to app_writer;
alter default privileges for role app_owner grant usage on types to anon;
alter default privileges grant usage on schemas to app_readonly;

-- picks up the defaults above
create table app.widgets (id serial primary key, name text);
create function app.widget_count() returns bigint language sql as $$ select count(*) from app.widgets $$;
