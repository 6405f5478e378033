-- pgdrift catalog dump
CREATE SEQUENCE public.hot_rows_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
ALTER SEQUENCE public.hot_rows_id_seq OWNED BY public.hot_rows.id;
CREATE SEQUENCE public.queue_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
ALTER SEQUENCE public.queue_id_seq OWNED BY public.queue.id;
CREATE TABLE public.archive (
    id bigint,
    body text
);
CREATE TABLE public.hot_rows (
    id bigint DEFAULT (nextval('public.hot_rows_id_seq'::pg_catalog.regclass)) NOT NULL,
    counter integer DEFAULT (0) NOT NULL
);
ALTER TABLE public.hot_rows ADD CONSTRAINT hot_rows_pkey PRIMARY KEY (id);
CREATE TABLE public.plain (
    id integer
);
CREATE TABLE public.queue (
    id bigint DEFAULT (nextval('public.queue_id_seq'::pg_catalog.regclass)) NOT NULL,
    payload jsonb
);
ALTER TABLE public.queue ADD CONSTRAINT queue_pkey PRIMARY KEY (id);
