-- Dynamic DDL over constants: pgdrift computes what each EXECUTE runs (the two tenant tables, their
-- triggers and comments, the template's storage setting) and models it like written SQL.
create table tenants_template (
    id bigserial primary key,
    payload jsonb not null default '{}',
    updated_at timestamptz
);

create or replace function handle_updated_at() returns trigger language plpgsql as $$
begin new.updated_at = now(); return new; end $$;

do $$
declare
  t text;
begin
  foreach t in array array['tenant_acme', 'tenant_globex'] loop
    execute format('create table if not exists %I (like tenants_template including all)', t);
    execute format('create trigger %I before update on %I for each row execute function handle_updated_at()',
                   t || '_updated_at', t);
    execute format('comment on table %I is %L', t, 'tenant table for ' || t);
  end loop;
  execute 'alter table tenants_template set (autovacuum_enabled = false)';
end
$$;
