-- pgdrift catalog dump
CREATE SCHEMA extensions;
CREATE EXTENSION citext WITH SCHEMA extensions;
CREATE EXTENSION pg_trgm WITH SCHEMA extensions;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;
CREATE TABLE public.profiles (
    id uuid DEFAULT (extensions.uuid_generate_v4()) NOT NULL,
    handle extensions.citext NOT NULL,
    bio text
);
ALTER TABLE public.profiles ADD CONSTRAINT profiles_pkey PRIMARY KEY (id);
CREATE INDEX profiles_bio_trgm ON public.profiles USING gist (bio extensions.gist_trgm_ops);
CREATE UNIQUE INDEX profiles_handle_key ON public.profiles USING btree (handle);
-- external (referenced, never defined):
--   type extensions.citext
