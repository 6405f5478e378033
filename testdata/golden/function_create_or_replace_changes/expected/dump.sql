-- pgdrift catalog dump
CREATE SEQUENCE public.prices_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.audit_note() RETURNS text LANGUAGE sql IMMUTABLE
    AS $function$ select 'v3' $function$;
CREATE OR REPLACE FUNCTION public.price_with_vat(p_id integer) RETURNS numeric LANGUAGE sql STABLE PARALLEL SAFE
    AS $function$ select round(amount * 1.21, 2) from prices where id = p_id $function$;
CREATE TABLE public.prices (
    id integer DEFAULT (nextval('public.prices_id_seq'::pg_catalog.regclass)) NOT NULL,
    amount numeric(10,2) NOT NULL
);
ALTER TABLE public.prices ADD CONSTRAINT prices_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.prices_id_seq OWNED BY public.prices.id;
