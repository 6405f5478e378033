-- pgdrift catalog dump
CREATE SEQUENCE public.counter_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.cheap_hash(s text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 1
    AS $function$ select hashtext(s) $function$;
CREATE OR REPLACE FUNCTION public.expensive_check(s text) RETURNS boolean LANGUAGE plpgsql STABLE PARALLEL RESTRICTED COST 1000
    AS $function$
begin
  perform pg_sleep(0);
  return length(s) > 3;
end;
$function$;
CREATE OR REPLACE FUNCTION public.few_rows() RETURNS SETOF integer LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 5
    AS $function$ select generate_series(1, 5) $function$;
CREATE OR REPLACE FUNCTION public.plpgsql_default_cost(x integer) RETURNS integer LANGUAGE plpgsql
    AS $function$ begin return x + 1; end $function$;
CREATE OR REPLACE FUNCTION public.unsafe_counter() RETURNS bigint LANGUAGE sql
    AS $function$ select nextval('counter_seq') $function$;
