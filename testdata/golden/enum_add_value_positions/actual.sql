-- The production database of this case, drifted: a label missing from one enum, an extra label in another
-- pgdrift catalog dump
CREATE TYPE public.channel AS ENUM ('email');
CREATE TYPE public.order_status AS ENUM ('draft', 'pending', 'paid', 'shipped', 'refunded', 'cancelled');
CREATE TYPE public.priority AS ENUM ('low', 'medium', 'high', 'urgent', 'someday');
CREATE SEQUENCE public.orders_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.orders (
    id integer DEFAULT (nextval('public.orders_id_seq'::pg_catalog.regclass)) NOT NULL,
    status public.order_status DEFAULT ('pending') NOT NULL,
    priority public.priority DEFAULT ('medium')
);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
