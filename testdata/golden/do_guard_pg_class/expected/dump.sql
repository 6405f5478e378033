-- pgdrift catalog dump
CREATE SEQUENCE public.invoice_numbers AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.invoices_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.invoice_archive (
    id bigint DEFAULT (nextval('public.invoices_id_seq'::pg_catalog.regclass)) NOT NULL,
    number bigint
);
ALTER TABLE public.invoice_archive ADD CONSTRAINT invoice_archive_pkey PRIMARY KEY (id);
CREATE TABLE public.invoices (
    id bigint DEFAULT (nextval('public.invoices_id_seq'::pg_catalog.regclass)) NOT NULL,
    number bigint DEFAULT (nextval('public.invoice_numbers'))
);
ALTER TABLE public.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;
ALTER SEQUENCE public.invoices_id_seq OWNED BY public.invoices.id;
CREATE VIEW public.invoice_totals (n, last_number) AS SELECT count(*) AS n, max(invoices.number) AS last_number FROM public.invoices;
