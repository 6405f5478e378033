-- pgdrift catalog dump
CREATE EXTENSION pgcrypto WITH SCHEMA public;
CREATE TABLE public.avatars (
    id uuid DEFAULT (gen_random_uuid()) NOT NULL,
    owner uuid NOT NULL,
    bucket_id text DEFAULT ('avatars') NOT NULL,
    object_path text NOT NULL,
    created_at timestamp with time zone DEFAULT (now()),
    size_bytes bigint
);
ALTER TABLE public.avatars ADD CONSTRAINT avatars_bucket_id_fkey FOREIGN KEY (bucket_id) REFERENCES storage.buckets(id);
ALTER TABLE public.avatars ADD CONSTRAINT avatars_bucket_id_object_path_key UNIQUE (bucket_id, object_path);
ALTER TABLE public.avatars ADD CONSTRAINT avatars_owner_fkey FOREIGN KEY (owner) REFERENCES auth.users ON DELETE CASCADE;
ALTER TABLE public.avatars ADD CONSTRAINT avatars_pkey PRIMARY KEY (id);
ALTER TABLE public.avatars ADD CONSTRAINT avatars_size_bytes_check CHECK (size_bytes BETWEEN 0 AND 5242880);
COMMENT ON COLUMN public.avatars.owner IS 'auth.users.id of the uploader';
CREATE INDEX avatars_owner_idx ON public.avatars USING btree (owner);
-- external (referenced, never defined):
--   table auth.users
--   table storage.buckets
