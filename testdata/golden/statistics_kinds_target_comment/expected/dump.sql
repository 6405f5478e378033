-- pgdrift catalog dump
CREATE SCHEMA stats;
CREATE TABLE public.orders (
    id integer NOT NULL,
    city text,
    zip text,
    country text,
    placed_at timestamp with time zone,
    total numeric
);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE TABLE public.renamed (
    a2 integer,
    b integer
);
CREATE TABLE public.scratch (
    a integer
);
CREATE STATISTICS public.old_name_ab ON a2, b FROM public.renamed;
CREATE STATISTICS public.orders_all ON city, country FROM public.orders;
CREATE STATISTICS public.orders_day ON (date_trunc('day', placed_at)) FROM public.orders;
CREATE STATISTICS public.orders_geo (ndistinct, dependencies) ON city, zip FROM public.orders;
ALTER STATISTICS public.orders_geo SET STATISTICS 400;
COMMENT ON STATISTICS public.orders_geo IS 'zip decides city';
CREATE STATISTICS public.orders_mix (mcv) ON country, (lower(city)) FROM public.orders;
CREATE STATISTICS stats.orders_total ON country, total FROM public.orders;
