-- pgdrift catalog dump
CREATE SEQUENCE public.clients_account_no_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.clients_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.clients (
    id integer NOT NULL
);
ALTER TABLE public.clients ADD CONSTRAINT clients_pkey1 PRIMARY KEY (id);
CREATE TABLE public.customers (
    id integer DEFAULT (nextval('public.clients_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text,
    account_no bigint DEFAULT (nextval('public.clients_account_no_seq'::pg_catalog.regclass)) NOT NULL
);
ALTER TABLE public.customers ADD CONSTRAINT clients_name_key UNIQUE (name);
ALTER TABLE public.customers ADD CONSTRAINT clients_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.clients_account_no_seq OWNED BY public.customers.account_no;
ALTER SEQUENCE public.clients_id_seq OWNED BY public.customers.id;
CREATE INDEX clients_name_lower_idx ON public.customers USING btree ((lower(name)));
