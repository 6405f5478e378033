-- pgdrift catalog dump
CREATE TABLE public.profiles (
    user_id uuid NOT NULL,
    handle text NOT NULL,
    display_name text
);
ALTER TABLE public.profiles ADD CONSTRAINT profiles_handle_key UNIQUE (handle);
ALTER TABLE public.profiles ADD CONSTRAINT profiles_pkey PRIMARY KEY (user_id);
