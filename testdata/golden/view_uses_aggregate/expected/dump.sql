-- pgdrift catalog dump
CREATE OR REPLACE FUNCTION public.add_int(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $function$select state + v$function$;
CREATE AGGREGATE public.my_sum(integer) (INITCOND = '0', SFUNC = public.add_int, STYPE = integer);
CREATE TABLE public.items (
    id integer NOT NULL,
    qty integer NOT NULL
);
ALTER TABLE public.items ADD CONSTRAINT items_pkey PRIMARY KEY (id);
CREATE VIEW public.a_totals (total) AS SELECT public.my_sum(items.qty) AS total FROM public.items;
