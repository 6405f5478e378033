-- pgdrift catalog dump
CREATE SCHEMA ref;
CREATE SEQUENCE public.categories_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.categories (
    id bigint DEFAULT (nextval('public.categories_id_seq'::pg_catalog.regclass)) NOT NULL,
    parent_id bigint,
    name text NOT NULL
);
ALTER TABLE public.categories ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.categories(id) ON DELETE CASCADE;
ALTER TABLE public.categories ADD CONSTRAINT categories_pkey PRIMARY KEY (id);
CREATE TABLE public.employees (
    id integer NOT NULL,
    manager_id integer,
    country character(2) NOT NULL,
    country3 character(3)
);
ALTER TABLE public.employees ADD CONSTRAINT employees_country3_fkey FOREIGN KEY (country3) REFERENCES ref.countries(iso3);
ALTER TABLE public.employees ADD CONSTRAINT employees_country_fkey FOREIGN KEY (country) REFERENCES ref.countries(iso2);
ALTER TABLE public.employees ADD CONSTRAINT employees_manager_fk FOREIGN KEY (manager_id) REFERENCES public.employees(id) DEFERRABLE;
ALTER TABLE public.employees ADD CONSTRAINT employees_pkey PRIMARY KEY (id);
CREATE TABLE ref.countries (
    iso2 character(2) NOT NULL,
    iso3 character(3) NOT NULL,
    name text NOT NULL
);
ALTER TABLE ref.countries ADD CONSTRAINT countries_iso3_key UNIQUE (iso3);
ALTER TABLE ref.countries ADD CONSTRAINT countries_pkey PRIMARY KEY (iso2);
ALTER SEQUENCE public.categories_id_seq OWNED BY public.categories.id;
