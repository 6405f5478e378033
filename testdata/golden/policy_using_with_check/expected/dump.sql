-- pgdrift catalog dump
CREATE SEQUENCE public.orders_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.orders (
    id bigint DEFAULT (nextval('public.orders_id_seq'::pg_catalog.regclass)) NOT NULL,
    region text NOT NULL,
    status text DEFAULT ('draft') NOT NULL,
    amount numeric(10,2) DEFAULT (0) NOT NULL,
    created_by text DEFAULT (current_user) NOT NULL
);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_insert_small ON public.orders FOR INSERT WITH CHECK (amount BETWEEN 0 AND 1000 AND status = 'draft');
CREATE POLICY orders_jwt ON public.orders USING (created_by = (current_setting('request.jwt.claims', true)::pg_catalog.json ->> 'sub'));
CREATE POLICY orders_region ON public.orders FOR SELECT USING (region IN ('eu', 'us') AND current_setting('app.region', true) = region);
CREATE POLICY orders_update ON public.orders FOR UPDATE USING (created_by = current_user) WITH CHECK (status <> 'cancelled' OR amount = 0);
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
