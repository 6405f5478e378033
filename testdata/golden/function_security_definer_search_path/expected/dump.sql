-- pgdrift catalog dump
CREATE SEQUENCE public.secrets_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.count_secrets() RETURNS bigint LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public'
    AS $function$ select count(*) from secrets $function$;
CREATE OR REPLACE FUNCTION public.count_secrets_for(who text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $function$
begin
  return (select count(*) from secrets where owner_name = who);
end;
$function$;
CREATE OR REPLACE FUNCTION public.empty_path_secret(p_id integer) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $function$ select value from public.secrets where id = p_id $function$;
CREATE OR REPLACE FUNCTION public.tuned() RETURNS integer LANGUAGE plpgsql
    SET work_mem TO '64MB'
    SET statement_timeout TO '5000'
    SET search_path TO '$user', 'public'
    AS $function$ begin return 1; end $function$;
CREATE OR REPLACE FUNCTION public.two_schema_path() RETURNS text LANGUAGE sql
    SET search_path TO 'public', 'pg_temp'
    AS $function$ select current_setting('search_path') $function$;
CREATE TABLE public.secrets (
    id integer DEFAULT (nextval('public.secrets_id_seq'::pg_catalog.regclass)) NOT NULL,
    owner_name text NOT NULL,
    value text NOT NULL
);
ALTER TABLE public.secrets ADD CONSTRAINT secrets_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.secrets_id_seq OWNED BY public.secrets.id;
