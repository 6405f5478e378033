-- pgdrift catalog dump
CREATE TABLE public.profiles (
    id uuid DEFAULT (gen_random_uuid()) NOT NULL,
    username character varying(64) NOT NULL,
    avatar_url text
);
ALTER TABLE public.profiles ADD CONSTRAINT profiles_pkey PRIMARY KEY (id);
