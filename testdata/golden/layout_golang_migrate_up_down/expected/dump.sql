-- pgdrift catalog dump
CREATE SEQUENCE public.orders_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.products_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.orders (
    id bigint DEFAULT (nextval('public.orders_id_seq'::pg_catalog.regclass)) NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL,
    status text DEFAULT ('new') NOT NULL
);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE public.orders ADD CONSTRAINT orders_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products(id);
ALTER TABLE public.orders ADD CONSTRAINT orders_quantity_check CHECK (quantity > 0);
CREATE TABLE public.products (
    id integer DEFAULT (nextval('public.products_id_seq'::pg_catalog.regclass)) NOT NULL,
    name character varying(200) NOT NULL,
    price numeric(10,2)
);
ALTER TABLE public.products ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
ALTER SEQUENCE public.products_id_seq OWNED BY public.products.id;
CREATE INDEX orders_status_idx ON public.orders USING btree (status);
