-- pgdrift catalog dump
CREATE SEQUENCE public.products_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.products (
    id integer DEFAULT (nextval('public.products_id_seq'::pg_catalog.regclass)) NOT NULL,
    sku text NOT NULL,
    name text NOT NULL,
    price numeric(10,2),
    discontinued boolean DEFAULT (false) NOT NULL
);
ALTER TABLE public.products ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.products_id_seq OWNED BY public.products.id;
CREATE VIEW public.all_products (id, sku, name, price) AS SELECT products.id AS id, products.sku AS sku, products.name AS name, products.price AS price FROM public.products;
CREATE VIEW public.products_and_extra (id, sku, name, price, name_upper) AS SELECT p.id AS id, p.sku AS sku, p.name AS name, p.price AS price, upper(p.name) AS name_upper FROM public.products p;
