-- pgdrift catalog dump
CREATE SEQUENCE public.orders_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.products_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.orders (
    id integer DEFAULT (nextval('public.orders_id_seq'::pg_catalog.regclass)) NOT NULL,
    product_id integer,
    qty integer
);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE public.orders ADD CONSTRAINT orders_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id);
CREATE TABLE public.products (
    id integer DEFAULT (nextval('public.products_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL,
    price numeric(10,2)
);
ALTER TABLE public.products ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
ALTER SEQUENCE public.products_id_seq OWNED BY public.products.id;
CREATE VIEW public.product_names (id, name) AS SELECT products.id AS id, products.name AS name FROM public.products;
GRANT INSERT ON TABLE public.orders TO app_writer;
GRANT SELECT ON TABLE public.orders TO app_writer;
GRANT UPDATE ON TABLE public.orders TO app_writer;
GRANT SELECT ON TABLE public.product_names TO PUBLIC;
GRANT SELECT ON TABLE public.product_names TO anon;
GRANT SELECT ON TABLE public.product_names TO authenticated;
GRANT DELETE ON TABLE public.products TO app_owner;
GRANT INSERT ON TABLE public.products TO app_owner;
GRANT SELECT ON TABLE public.products TO app_owner;
GRANT UPDATE ON TABLE public.products TO app_owner;
GRANT SELECT ON TABLE public.products TO app_readonly;
GRANT SELECT ON TABLE public.products TO app_writer;
