-- pgdrift catalog dump
CREATE SEQUENCE public.order_lines_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.order_lines (
    id bigint DEFAULT (nextval('public.order_lines_id_seq'::pg_catalog.regclass)) NOT NULL,
    qty integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    discount numeric(4,3) DEFAULT (0) NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS (qty * unit_price) STORED,
    net numeric GENERATED ALWAYS AS ((qty * unit_price) * (1 - discount)) STORED
);
ALTER TABLE public.order_lines ADD CONSTRAINT order_lines_pkey PRIMARY KEY (id);
CREATE TABLE public.people (
    id integer NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS ((first_name || ' ') || last_name) STORED,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', (COALESCE(first_name, '') || ' ') || COALESCE(last_name, ''))) STORED
);
ALTER TABLE public.people ADD CONSTRAINT people_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.order_lines_id_seq OWNED BY public.order_lines.id;
