-- pgdrift catalog dump
CREATE OR REPLACE FUNCTION public.concat_all(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE
    AS $function$ select array_to_string(parts, sep) $function$;
CREATE OR REPLACE FUNCTION public.increment(INOUT counter integer, step integer DEFAULT 1) RETURNS integer LANGUAGE plpgsql
    AS $function$
begin
  counter := counter + step;
end;
$function$;
CREATE OR REPLACE FUNCTION public.min_max(VARIADIC nums numeric[], OUT lo numeric, OUT hi numeric) RETURNS record LANGUAGE sql IMMUTABLE
    AS $function$ select min(n), max(n) from unnest(nums) as n $function$;
CREATE OR REPLACE FUNCTION public.mul(integer, integer) RETURNS integer LANGUAGE sql
    AS $function$select $1 * $2$function$;
CREATE OR REPLACE FUNCTION public.split_name(full_name text, OUT first_name text, OUT last_name text) RETURNS record LANGUAGE sql IMMUTABLE
    AS $function$
  select split_part(full_name, ' ', 1), split_part(full_name, ' ', 2)
$function$;
CREATE OR REPLACE FUNCTION public.stats(vals integer[], OUT n integer, OUT total bigint, OUT mean numeric) RETURNS record LANGUAGE sql
    AS $function$ select count(*)::int, sum(v), avg(v) from unnest(vals) v $function$;
