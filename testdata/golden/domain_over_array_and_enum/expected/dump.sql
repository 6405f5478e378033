-- pgdrift catalog dump
CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE DOMAIN public.non_empty_text AS text CONSTRAINT non_empty_text_check CHECK (value <> '');
CREATE DOMAIN public.open_status AS public.order_status CONSTRAINT open_status_check CHECK (value <> 'cancelled');
CREATE DOMAIN public.tag_list AS text[] DEFAULT ('{}') CONSTRAINT tag_list_check CHECK (cardinality(value) <= 10);
CREATE DOMAIN public.title_text AS public.non_empty_text CONSTRAINT title_text_check CHECK (length(value) < 200);
CREATE SEQUENCE public.shipments_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.shipments (
    id bigint DEFAULT (nextval('public.shipments_id_seq'::pg_catalog.regclass)) NOT NULL,
    status public.open_status DEFAULT ('new') NOT NULL,
    tags public.tag_list,
    title public.title_text
);
ALTER TABLE public.shipments ADD CONSTRAINT shipments_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.shipments_id_seq OWNED BY public.shipments.id;
