-- Event triggers are database-wide and fire on DDL.
create table ddl_log (
    id bigserial primary key,
    tag text,
    object_identity text,
    at timestamptz default now()
);

create or replace function log_ddl() returns event_trigger
language plpgsql as $$
declare
  r record;
begin
  -- event triggers fire on every DDL, a reconciler's too: without its table it must not fail
  if to_regclass('public.ddl_log') is null then return; end if;
  for r in select * from pg_event_trigger_ddl_commands() loop
    insert into public.ddl_log (tag, object_identity) values (r.command_tag, r.object_identity);
  end loop;
end;
$$;

create function forbid_drops() returns event_trigger language plpgsql as $$
begin
  raise exception 'dropping % is not allowed', tg_tag;
end;
$$;

create event trigger log_ddl_end on ddl_command_end
  execute function log_ddl();

create event trigger no_drop_table on sql_drop
  when tag in ('DROP TABLE', 'DROP SCHEMA')
  execute procedure forbid_drops();

alter event trigger no_drop_table disable;
comment on event trigger log_ddl_end is 'records every DDL command';
create event trigger doomed on ddl_command_start execute function forbid_drops();
drop event trigger doomed;
