-- pgdrift catalog dump
CREATE OR REPLACE FUNCTION public.coalesce_name(n text) RETURNS text LANGUAGE sql
    AS $function$ select coalesce(n, 'anonymous') $function$;
CREATE OR REPLACE FUNCTION public.double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT
    AS $function$ select x * 2 $function$;
CREATE OR REPLACE FUNCTION public.is_positive(x numeric) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT LEAKPROOF
    AS $function$ select x > 0 $function$;
CREATE OR REPLACE FUNCTION public.random_code() RETURNS text LANGUAGE sql
    AS $function$ select substr(md5(random()::text), 1, 8) $function$;
CREATE OR REPLACE FUNCTION public.safe_div(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT
    AS $function$ select case when b = 0 then null else a / b end $function$;
CREATE OR REPLACE FUNCTION public.today_utc() RETURNS date LANGUAGE sql STABLE
    AS $function$ select (now() at time zone 'utc')::date $function$;
CREATE OR REPLACE FUNCTION public.uses_everything_default(x integer) RETURNS integer LANGUAGE plpgsql
    AS $function$ begin return x; end $function$;
