-- pgdrift catalog dump
CREATE SEQUENCE public.hot_rows_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.queue_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.archive (
    id bigint,
    body text
)
WITH (fillfactor='100', toast.autovacuum_enabled='false');
CREATE TABLE public.events (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL
);
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id) WITH (fillfactor='90');
CREATE TABLE public.hot_rows (
    id bigint DEFAULT (nextval('public.hot_rows_id_seq'::pg_catalog.regclass)) NOT NULL,
    counter integer DEFAULT (0) NOT NULL
)
WITH (fillfactor='60', parallel_workers='4');
ALTER TABLE public.hot_rows ADD CONSTRAINT hot_rows_pkey PRIMARY KEY (id) WITH (fillfactor='80');
ALTER TABLE public.hot_rows CLUSTER ON hot_rows_pkey;
CREATE TABLE public.plain (
    id integer
)
WITH (autovacuum_enabled='false');
CREATE TABLE public.queue (
    id bigint DEFAULT (nextval('public.queue_id_seq'::pg_catalog.regclass)) NOT NULL,
    payload jsonb
)
WITH (autovacuum_analyze_scale_factor='0.02', autovacuum_vacuum_scale_factor='0.01', toast_tuple_target='256');
ALTER TABLE public.queue ADD CONSTRAINT queue_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.hot_rows_id_seq OWNED BY public.hot_rows.id;
ALTER SEQUENCE public.queue_id_seq OWNED BY public.queue.id;
CREATE INDEX events_at_idx ON public.events USING btree (at) WITH (deduplicate_items='off');
ALTER TABLE public.events CLUSTER ON events_at_idx;
