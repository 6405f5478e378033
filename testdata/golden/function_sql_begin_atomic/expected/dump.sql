-- pgdrift catalog dump
CREATE SEQUENCE public.orders_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
RETURN round(amount * 1.2, 2);
CREATE OR REPLACE PROCEDURE public.archive_closed() LANGUAGE sql
BEGIN ATOMIC
    DELETE FROM orders WHERE status = 'closed';
END;
CREATE OR REPLACE FUNCTION public.close_order(p_id bigint) RETURNS void LANGUAGE sql
BEGIN ATOMIC
    UPDATE orders SET status = 'closed' WHERE id = p_id;
END;
CREATE OR REPLACE FUNCTION public.order_count(c text) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM orders WHERE customer = c;
END;
CREATE TABLE public.orders (
    id bigint DEFAULT (nextval('public.orders_id_seq'::pg_catalog.regclass)) NOT NULL,
    customer text NOT NULL,
    total numeric(10,2) DEFAULT (0) NOT NULL,
    status text DEFAULT ('new') NOT NULL
);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
