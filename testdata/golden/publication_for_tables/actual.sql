-- The production database of this case, drifted: a table left out of one publication, another publishes updates too
-- pgdrift catalog dump
CREATE SCHEMA analytics;
CREATE SEQUENCE analytics.facts_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.audit_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.customers_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.orders_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE analytics.facts (
    id bigint DEFAULT (nextval('analytics.facts_id_seq'::pg_catalog.regclass)) NOT NULL,
    v numeric
);
ALTER TABLE analytics.facts ADD CONSTRAINT facts_pkey PRIMARY KEY (id);
CREATE TABLE public.audit (
    id bigint DEFAULT (nextval('public.audit_id_seq'::pg_catalog.regclass)) NOT NULL,
    msg text
);
ALTER TABLE public.audit ADD CONSTRAINT audit_pkey PRIMARY KEY (id);
CREATE TABLE public.customers (
    id bigint DEFAULT (nextval('public.customers_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text,
    region text,
    secret_note text
);
ALTER TABLE public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
CREATE TABLE public.orders (
    id bigint DEFAULT (nextval('public.orders_id_seq'::pg_catalog.regclass)) NOT NULL,
    customer_id bigint,
    total numeric(10,2)
);
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER SEQUENCE analytics.facts_id_seq OWNED BY analytics.facts.id;
ALTER SEQUENCE public.audit_id_seq OWNED BY public.audit.id;
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
CREATE PUBLICATION analytics_pub FOR TABLES IN SCHEMA analytics WITH (publish = 'insert, update, delete, truncate');
CREATE PUBLICATION empty_pub WITH (publish = 'insert, update, delete, truncate');
CREATE PUBLICATION eu_customers_pub FOR TABLE ONLY public.customers (id, name, region) WHERE (region = 'eu') WITH (publish = 'insert, update, delete, truncate');
CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');
CREATE PUBLICATION inserts_only FOR TABLE ONLY public.audit WITH (publish = 'insert, update');
CREATE PUBLICATION shop_pub FOR TABLE ONLY public.customers WITH (publish = 'insert, update, delete, truncate');
