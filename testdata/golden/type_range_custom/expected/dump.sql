-- pgdrift catalog dump
CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, MULTIRANGE_TYPE_NAME = public.floatmultirange);
CREATE TYPE public.int_range_named AS RANGE (SUBTYPE = integer, MULTIRANGE_TYPE_NAME = public.int_multirange_named);
CREATE TYPE public.textrange AS RANGE (SUBTYPE = text, MULTIRANGE_TYPE_NAME = public.textmultirange);
CREATE TYPE public.timerange AS RANGE (SUBTYPE = time without time zone, SUBTYPE_DIFF = public.time_subtype_diff, MULTIRANGE_TYPE_NAME = public.timemultirange);
CREATE SEQUENCE public.shifts_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.time_subtype_diff(x time without time zone, y time without time zone) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT
    AS $function$select extract(epoch from (x - y))$function$;
CREATE TABLE public.shifts (
    id integer DEFAULT (nextval('public.shifts_id_seq'::pg_catalog.regclass)) NOT NULL,
    worker text NOT NULL,
    hours public.timerange NOT NULL,
    score_band public.floatrange,
    letters public.textrange,
    days public.int_multirange_named
);
ALTER TABLE public.shifts ADD CONSTRAINT shifts_hours_excl EXCLUDE USING gist (hours WITH &&) WHERE (worker <> 'nobody');
ALTER TABLE public.shifts ADD CONSTRAINT shifts_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.shifts_id_seq OWNED BY public.shifts.id;
-- external (referenced, never defined):
--   type public.int_multirange_named
