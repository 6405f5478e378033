-- pgdrift catalog dump
CREATE SEQUENCE public.customers_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.customers (
    id integer DEFAULT (nextval('public.customers_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL,
    tier character varying(20) DEFAULT ('basic'::text),
    email text,
    phone character varying(30),
    created_at timestamp with time zone DEFAULT (now()) NOT NULL,
    fax text,
    score integer DEFAULT (0)
);
ALTER TABLE public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE public.customers ADD CONSTRAINT customers_score_check CHECK (score >= 0);
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
