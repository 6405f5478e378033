-- pgdrift catalog dump
CREATE SEQUENCE public.users_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.sessions (
    id uuid DEFAULT (gen_random_uuid()) NOT NULL,
    user_id bigint NOT NULL,
    expires_at timestamp with time zone NOT NULL
);
ALTER TABLE public.sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);
ALTER TABLE public.sessions ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;
CREATE TABLE public.users (
    id bigint DEFAULT (nextval('public.users_id_seq'::pg_catalog.regclass)) NOT NULL,
    email text NOT NULL,
    display_name character varying(80)
);
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
CREATE INDEX sessions_expires_at_idx ON public.sessions USING btree (expires_at);
CREATE INDEX sessions_user_id_idx ON public.sessions USING btree (user_id);
