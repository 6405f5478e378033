-- The production database of this case, drifted: the bottom view upper-cases the region (the two views on it must be rebuilt)
-- pgdrift catalog dump
CREATE SEQUENCE public.sales_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.sales (
    id bigint DEFAULT (nextval('public.sales_id_seq'::pg_catalog.regclass)) NOT NULL,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL,
    sold_on date NOT NULL
);
ALTER TABLE public.sales ADD CONSTRAINT sales_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.sales_id_seq OWNED BY public.sales.id;
CREATE VIEW public.z_sales_by_month (region, month, total) AS SELECT upper(sales.region) AS region, date_trunc('month', sales.sold_on)::pg_catalog.date AS month, sum(sales.amount) AS total FROM public.sales GROUP BY sales.region, date_trunc('month', sales.sold_on);
CREATE VIEW public.m_sales_best_month (region, month, total) AS SELECT DISTINCT ON (z_sales_by_month.region) z_sales_by_month.region AS region, z_sales_by_month.month AS month, z_sales_by_month.total AS total FROM public.z_sales_by_month ORDER BY z_sales_by_month.region, z_sales_by_month.total DESC;
CREATE VIEW public.a_sales_report (region, best_month, best_total, year_total) AS SELECT b.region AS region, b.month AS best_month, b.total AS best_total, (SELECT sum(m.total) AS sum FROM public.z_sales_by_month m WHERE m.region = b.region) AS year_total FROM public.m_sales_best_month b;
