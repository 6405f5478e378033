-- pgdrift catalog dump
CREATE SEQUENCE public.ddl_log_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.forbid_drops() RETURNS event_trigger LANGUAGE plpgsql
    AS $function$
begin
  raise exception 'dropping % is not allowed', tg_tag;
end;
$function$;
CREATE OR REPLACE FUNCTION public.log_ddl() RETURNS event_trigger LANGUAGE plpgsql
    AS $function$
declare
  r record;
begin
  -- event triggers fire on every DDL, a reconciler's too: without its table it must not fail
  if to_regclass('public.ddl_log') is null then return; end if;
  for r in select * from pg_event_trigger_ddl_commands() loop
    insert into public.ddl_log (tag, object_identity) values (r.command_tag, r.object_identity);
  end loop;
end;
$function$;
CREATE TABLE public.ddl_log (
    id bigint DEFAULT (nextval('public.ddl_log_id_seq'::pg_catalog.regclass)) NOT NULL,
    tag text,
    object_identity text,
    at timestamp with time zone DEFAULT (now())
);
ALTER TABLE public.ddl_log ADD CONSTRAINT ddl_log_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.ddl_log_id_seq OWNED BY public.ddl_log.id;
CREATE EVENT TRIGGER log_ddl_end ON ddl_command_end EXECUTE FUNCTION public.log_ddl();
COMMENT ON EVENT TRIGGER log_ddl_end IS 'records every DDL command';
CREATE EVENT TRIGGER no_drop_table ON sql_drop WHEN TAG IN ('DROP TABLE', 'DROP SCHEMA') EXECUTE FUNCTION public.forbid_drops();
ALTER EVENT TRIGGER no_drop_table DISABLE;
