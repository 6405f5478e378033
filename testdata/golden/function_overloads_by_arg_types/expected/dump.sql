-- pgdrift catalog dump
CREATE OR REPLACE FUNCTION public.area(b box) RETURNS double precision LANGUAGE sql IMMUTABLE
    AS $function$ select area(b) $function$;
CREATE OR REPLACE FUNCTION public.area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE
    AS $function$ select pi() * r * r $function$;
CREATE OR REPLACE FUNCTION public.area(w double precision, h double precision) RETURNS double precision LANGUAGE sql IMMUTABLE
    AS $function$ select w * h $function$;
CREATE OR REPLACE FUNCTION public.to_label(v bigint) RETURNS text LANGUAGE sql
    AS $function$ select 'bigint:' || v $function$;
CREATE OR REPLACE FUNCTION public.to_label(v integer) RETURNS text LANGUAGE sql
    AS $function$ select 'int:' || v $function$;
CREATE OR REPLACE FUNCTION public.to_label(v integer[]) RETURNS text LANGUAGE sql
    AS $function$ select 'array:' || array_length(v, 1) $function$;
CREATE OR REPLACE FUNCTION public.to_label(v text) RETURNS text LANGUAGE sql
    AS $function$ select 'string:' || v $function$;
