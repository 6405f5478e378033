-- pgdrift catalog dump
CREATE EXTENSION btree_gist WITH SCHEMA public;
CREATE EXTENSION citext WITH SCHEMA public;
CREATE EXTENSION pg_trgm WITH SCHEMA public;
CREATE EXTENSION pgcrypto WITH SCHEMA public;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA public;
CREATE TABLE public.users (
    id uuid DEFAULT (public.uuid_generate_v4()) NOT NULL,
    email public.citext NOT NULL,
    api_key text DEFAULT (encode(public.gen_random_bytes(24), 'hex')) NOT NULL,
    display_name text
);
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX users_display_name_trgm_idx ON public.users USING gin (display_name public.gin_trgm_ops);
-- external (referenced, never defined):
--   type public.citext
