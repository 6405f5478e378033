-- pgdrift catalog dump
CREATE TYPE public.address AS (street text, city text, postal_code character varying(10), country character(2));
CREATE TYPE public.money_amount AS (amount numeric(12,2), currency text);
CREATE TYPE public.pair AS (a integer, b text);
CREATE SEQUENCE public.companies_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.company_city(c public.companies) RETURNS text LANGUAGE sql IMMUTABLE
    AS $function$ select (c.hq).city $function$;
CREATE OR REPLACE FUNCTION public.make_pair(x integer, y text) RETURNS public.pair LANGUAGE sql IMMUTABLE
    AS $function$ select row(x, y)::pair $function$;
CREATE TABLE public.companies (
    id integer DEFAULT (nextval('public.companies_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL,
    hq public.address,
    branches public.address[],
    revenue public.money_amount DEFAULT (ROW(0, 'EUR')::public.money_amount)
);
ALTER TABLE public.companies ADD CONSTRAINT companies_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.companies_id_seq OWNED BY public.companies.id;
