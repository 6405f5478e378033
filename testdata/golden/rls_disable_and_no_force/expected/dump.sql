-- pgdrift catalog dump
CREATE SEQUENCE public.invoices_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.logs_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.reports_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.invoices (
    id integer DEFAULT (nextval('public.invoices_id_seq'::pg_catalog.regclass)) NOT NULL,
    customer text NOT NULL
);
ALTER TABLE public.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_customer ON public.invoices USING (customer = current_user);
CREATE TABLE public.logs (
    id bigint DEFAULT (nextval('public.logs_id_seq'::pg_catalog.regclass)) NOT NULL,
    line text
);
ALTER TABLE public.logs ADD CONSTRAINT logs_pkey PRIMARY KEY (id);
CREATE TABLE public.reports (
    id integer DEFAULT (nextval('public.reports_id_seq'::pg_catalog.regclass)) NOT NULL,
    title text
);
ALTER TABLE public.reports ADD CONSTRAINT reports_pkey PRIMARY KEY (id);
CREATE POLICY reports_all ON public.reports USING (true);
ALTER SEQUENCE public.invoices_id_seq OWNED BY public.invoices.id;
ALTER SEQUENCE public.logs_id_seq OWNED BY public.logs.id;
ALTER SEQUENCE public.reports_id_seq OWNED BY public.reports.id;
