-- pgdrift catalog dump
CREATE SEQUENCE public.jobs_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE UNLOGGED TABLE public.cache_entries (
    key text NOT NULL,
    value bytea,
    expires_at timestamp with time zone
);
ALTER TABLE public.cache_entries ADD CONSTRAINT cache_entries_pkey PRIMARY KEY (key);
CREATE TABLE public.jobs (
    id integer DEFAULT (nextval('public.jobs_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL
);
ALTER TABLE public.jobs ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);
CREATE UNLOGGED TABLE public.scratch (
    id integer,
    note text
);
ALTER SEQUENCE public.jobs_id_seq OWNED BY public.jobs.id;
