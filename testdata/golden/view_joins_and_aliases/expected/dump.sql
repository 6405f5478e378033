-- pgdrift catalog dump
CREATE SEQUENCE public.customers_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.orders_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.customers (
    id integer DEFAULT (nextval('public.customers_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL,
    country text
);
ALTER TABLE public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
CREATE TABLE public.order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    sku text,
    qty integer NOT NULL
);
ALTER TABLE public.order_lines ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);
ALTER TABLE public.order_lines ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);
CREATE TABLE public.orders (
    id integer DEFAULT (nextval('public.orders_id_seq'::pg_catalog.regclass)) NOT NULL,
    customer_id integer,
    total numeric(10,2) DEFAULT (0) NOT NULL,
    placed_at timestamp with time zone DEFAULT (now()) NOT NULL
);
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
CREATE VIEW public.customer_country_pairs (a_name, b_name) AS SELECT a.name AS a_name, b.name AS b_name FROM public.customers a CROSS JOIN public.customers b WHERE a.country = b.country AND a.id < b.id;
CREATE VIEW public.customers_without_orders (id, name, country) AS SELECT c.id AS id, c.name AS name, c.country AS country FROM public.customers c LEFT JOIN public.orders o USING (id) WHERE o.id IS NULL;
CREATE VIEW public.lines_natural (order_id, sku, qty) AS SELECT order_lines.order_id AS order_id, order_lines.sku AS sku, order_lines.qty AS qty FROM public.order_lines JOIN (SELECT orders.id AS order_id, orders.total AS total FROM public.orders) t USING (order_id);
CREATE VIEW public.order_summary (order_id, customer_name, total, lines) AS SELECT o.id AS order_id, c.name AS customer_name, o.total AS total, count(l.line_no) AS lines FROM public.orders o JOIN public.customers c ON c.id = o.customer_id LEFT JOIN public.order_lines l ON l.order_id = o.id GROUP BY o.id, c.name, o.total;
