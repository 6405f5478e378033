-- pgdrift catalog dump
CREATE SEQUENCE public.users_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.users (
    id integer DEFAULT (nextval('public.users_id_seq'::pg_catalog.regclass)) NOT NULL,
    email text NOT NULL,
    full_name text,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL
);
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
CREATE VIEW public.user_directory (id, email, full_name, joined_on) AS SELECT users.id AS id, users.email AS email, users.full_name AS full_name, users.created_at::pg_catalog.date AS joined_on FROM public.users WHERE users.email IS NOT NULL;
