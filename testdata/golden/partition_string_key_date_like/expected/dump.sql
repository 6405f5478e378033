-- pgdrift catalog dump
CREATE TABLE public.sales (
    day character varying(64) NOT NULL,
    qty integer NOT NULL
)
PARTITION BY RANGE (day);
CREATE TABLE public.sales_202101 PARTITION OF public.sales FOR VALUES FROM ('2021-01-01') TO ('2021-01-31');
CREATE TABLE public.sales_other PARTITION OF public.sales DEFAULT;
