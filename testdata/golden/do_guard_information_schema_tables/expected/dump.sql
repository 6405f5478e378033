-- pgdrift catalog dump
CREATE SEQUENCE public.customers_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.invoices_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.customers (
    id bigint DEFAULT (nextval('public.customers_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL
);
ALTER TABLE public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
CREATE TABLE public.invoices (
    id bigint DEFAULT (nextval('public.invoices_id_seq'::pg_catalog.regclass)) NOT NULL,
    customer_id bigint NOT NULL,
    amount numeric(10,2) DEFAULT (0) NOT NULL,
    paid boolean DEFAULT (false) NOT NULL
);
ALTER TABLE public.invoices ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
ALTER TABLE public.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
ALTER SEQUENCE public.invoices_id_seq OWNED BY public.invoices.id;
