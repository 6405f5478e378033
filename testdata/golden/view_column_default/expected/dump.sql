-- pgdrift catalog dump
CREATE SEQUENCE public.items_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.items (
    id integer DEFAULT (nextval('public.items_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL,
    qty integer NOT NULL
);
ALTER TABLE public.items ADD CONSTRAINT items_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;
CREATE VIEW public.items_v (id, name, qty) AS SELECT items.id AS id, items.name AS name, items.qty AS qty FROM public.items;
ALTER VIEW public.items_v ALTER COLUMN id SET DEFAULT nextval('public.items_id_seq');
ALTER VIEW public.items_v ALTER COLUMN name SET DEFAULT 'unnamed';
