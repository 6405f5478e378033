-- pgdrift catalog dump
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE public.celsius AS (degrees numeric);
CREATE OR REPLACE FUNCTION public.celsius_of(numeric) RETURNS public.celsius LANGUAGE sql IMMUTABLE
    AS $function$ select row($1)::celsius $function$;
CREATE OR REPLACE FUNCTION public.mood_score(public.mood) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $function$ select array_position(enum_range(null::mood), $1) $function$;
CREATE CAST (numeric AS public.celsius) WITH FUNCTION public.celsius_of(numeric) AS ASSIGNMENT;
CREATE CAST (public.mood AS integer) WITH FUNCTION public.mood_score(public.mood);
CREATE CAST (public.mood AS text) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (public.mood AS text) IS 'the label';
CREATE CAST (text AS public.mood) WITH INOUT AS ASSIGNMENT;
