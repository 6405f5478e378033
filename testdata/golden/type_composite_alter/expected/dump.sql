-- pgdrift catalog dump
CREATE TYPE public.contact_info AS (phone text, email_address text, fax text);
COMMENT ON TYPE public.contact_info IS 'how to reach a vendor';
CREATE TYPE public.location_point AS (lat numeric(9,6), lng numeric(9,6));
CREATE SEQUENCE public.vendors_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.vendors (
    id integer DEFAULT (nextval('public.vendors_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text,
    contact public.contact_info
);
ALTER TABLE public.vendors ADD CONSTRAINT vendors_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.vendors_id_seq OWNED BY public.vendors.id;
