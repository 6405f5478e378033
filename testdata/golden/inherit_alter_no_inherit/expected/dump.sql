-- pgdrift catalog dump
CREATE SEQUENCE public.vehicles_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.bikes (
    id integer DEFAULT (nextval('public.vehicles_id_seq'::pg_catalog.regclass)) NOT NULL,
    wheels integer DEFAULT (4) NOT NULL,
    brand text
);
ALTER TABLE public.bikes ADD CONSTRAINT vehicles_wheels_positive CHECK (wheels > 0);
CREATE TABLE public.vehicles (
    id integer DEFAULT (nextval('public.vehicles_id_seq'::pg_catalog.regclass)) NOT NULL,
    wheels integer DEFAULT (4) NOT NULL,
    color text
);
ALTER TABLE public.vehicles ADD CONSTRAINT vehicles_pkey PRIMARY KEY (id);
ALTER TABLE public.vehicles ADD CONSTRAINT vehicles_wheels_positive CHECK (wheels > 0);
CREATE TABLE public.cars (
    id integer NOT NULL,
    wheels integer DEFAULT (4) NOT NULL,
    brand text,
    color text
)
INHERITS (public.vehicles);
ALTER TABLE public.cars ADD CONSTRAINT vehicles_wheels_positive CHECK (wheels > 0);
ALTER SEQUENCE public.vehicles_id_seq OWNED BY public.vehicles.id;
