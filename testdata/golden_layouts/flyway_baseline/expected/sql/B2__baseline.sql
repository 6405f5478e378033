-- pgdrift 0.2.0 baseline of sql
-- Plain SQL in dependency order: loads into an empty database with psql -v ON_ERROR_STOP=1.
-- Function bodies are checked when they run, as pg_dump's scripts have them: a body may read a
-- table created further down.
SET check_function_bodies = false;

CREATE TABLE public.accounts (
    id bigint NOT NULL,
    name text,
    email text
);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX accounts_email_key ON public.accounts USING btree (email);
RESET check_function_bodies;
