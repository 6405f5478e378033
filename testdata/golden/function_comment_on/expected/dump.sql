-- pgdrift catalog dump
CREATE OR REPLACE FUNCTION public.fmt_money(amount numeric) RETURNS text LANGUAGE sql IMMUTABLE
    AS $function$ select to_char(amount, 'FM999G999G990D00') $function$;
COMMENT ON FUNCTION public.fmt_money(numeric) IS 'Formats an amount with two decimals';
CREATE OR REPLACE FUNCTION public.fmt_money(amount numeric, currency text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $function$ select fmt_money(amount) || ' ' || currency $function$;
COMMENT ON FUNCTION public.fmt_money(numeric, text) IS 'Formats an amount followed by its currency code';
CREATE OR REPLACE PROCEDURE public.noop() LANGUAGE plpgsql
    AS $function$ begin null; end $function$;
COMMENT ON PROCEDURE public.noop() IS 'Does nothing; used in tests';
CREATE OR REPLACE FUNCTION public.temp_helper() RETURNS integer LANGUAGE sql
    AS $function$ select 1 $function$;
