-- pgdrift catalog dump
CREATE OR REPLACE FUNCTION public.f_keep(value integer) RETURNS integer LANGUAGE sql
    AS $function$ select value $function$;
CREATE OR REPLACE FUNCTION public.f_overloaded(a integer) RETURNS integer LANGUAGE sql
    AS $function$ select a $function$;
CREATE OR REPLACE FUNCTION public.f_retype(a integer) RETURNS bigint LANGUAGE sql
    AS $function$ select a::bigint * 2 $function$;
