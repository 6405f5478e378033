-- pgdrift catalog dump
CREATE SCHEMA util;
CREATE OR REPLACE FUNCTION public.next_int(x integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $function$ select x + 1 $function$;
CREATE OR REPLACE PROCEDURE public.refresh_everything() LANGUAGE plpgsql
    AS $function$ begin raise notice 'refresh'; end $function$;
CREATE OR REPLACE FUNCTION public.slugify(s text) RETURNS text LANGUAGE sql IMMUTABLE COST 5
    SET search_path TO 'public'
    AS $function$ select regexp_replace(lower(trim(s)), '[^a-z0-9]+', '-', 'g') $function$;
CREATE OR REPLACE FUNCTION util.tax_rate() RETURNS numeric LANGUAGE sql
    AS $function$ select 0.2 $function$;
ALTER ROUTINE public.refresh_everything() OWNER TO app_owner;
ALTER ROUTINE public.slugify(text) OWNER TO app_owner;
ALTER ROUTINE util.tax_rate() OWNER TO reporting;
