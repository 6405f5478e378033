-- pgdrift catalog dump
CREATE SEQUENCE public.logs_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.logs (
    id bigint DEFAULT (nextval('public.logs_id_seq'::pg_catalog.regclass)) NOT NULL,
    logged_at date NOT NULL,
    level text NOT NULL,
    message text
)
PARTITION BY RANGE (logged_at);
CREATE TABLE public.logs_2023_archive (
    id bigint DEFAULT (nextval('public.logs_id_seq'::pg_catalog.regclass)) NOT NULL,
    logged_at date NOT NULL,
    level text NOT NULL,
    message text
);
CREATE TABLE public.logs_2024 PARTITION OF public.logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.logs_2025 PARTITION OF public.logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.logs_2025 ADD CONSTRAINT logs_2025_range CHECK (logged_at >= '2025-01-01' AND logged_at < '2026-01-01');
CREATE TABLE public.logs_default PARTITION OF public.logs DEFAULT;
ALTER SEQUENCE public.logs_id_seq OWNED BY public.logs.id;
CREATE INDEX logs_2023_logged_at_idx ON public.logs_2023_archive USING btree (logged_at);
CREATE INDEX logs_2024_logged_at_idx ON public.logs_2024 USING btree (logged_at);
CREATE INDEX logs_2025_logged_at_idx ON public.logs_2025 USING btree (logged_at);
CREATE INDEX logs_default_logged_at_idx ON public.logs_default USING btree (logged_at);
CREATE INDEX logs_logged_at_idx ON public.logs USING btree (logged_at);
