-- pgdrift catalog dump
CREATE SEQUENCE public.cities_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.cities (
    id integer DEFAULT (nextval('public.cities_id_seq'::pg_catalog.regclass)) NOT NULL,
    country character(2) NOT NULL,
    name text NOT NULL,
    population integer
);
ALTER TABLE public.cities ADD CONSTRAINT cities_country_fkey FOREIGN KEY (country) REFERENCES public.countries(code);
ALTER TABLE public.cities ADD CONSTRAINT cities_pkey PRIMARY KEY (id);
CREATE TABLE public.countries (
    code character(2) NOT NULL,
    name text NOT NULL
);
ALTER TABLE public.countries ADD CONSTRAINT countries_pkey PRIMARY KEY (code);
ALTER SEQUENCE public.cities_id_seq OWNED BY public.cities.id;
CREATE INDEX cities_country_idx ON public.cities USING btree (country);
