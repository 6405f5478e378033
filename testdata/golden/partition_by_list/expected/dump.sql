-- pgdrift catalog dump
CREATE TYPE public.region_code AS ENUM ('eu', 'us', 'apac', 'latam');
CREATE SEQUENCE public.customers_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.customers (
    id bigint DEFAULT (nextval('public.customers_id_seq'::pg_catalog.regclass)) NOT NULL,
    region public.region_code,
    name text NOT NULL,
    status text DEFAULT ('active') NOT NULL
)
PARTITION BY LIST (region);
CREATE TABLE public.customers_americas PARTITION OF public.customers FOR VALUES IN ('us', 'latam');
CREATE TABLE public.customers_eu PARTITION OF public.customers FOR VALUES IN ('eu');
CREATE TABLE public.customers_other PARTITION OF public.customers FOR VALUES IN ('apac', NULL);
CREATE TABLE public.tasks (
    id bigint NOT NULL,
    state text NOT NULL,
    payload jsonb
)
PARTITION BY LIST ((lower(state)));
CREATE TABLE public.tasks_done PARTITION OF public.tasks FOR VALUES IN ('done');
CREATE TABLE public.tasks_open PARTITION OF public.tasks FOR VALUES IN ('open', 'pending');
ALTER TABLE public.tasks_open ADD CONSTRAINT tasks_open_payload_check CHECK (payload IS NOT NULL);
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
