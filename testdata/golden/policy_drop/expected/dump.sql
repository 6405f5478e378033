-- pgdrift catalog dump
CREATE SEQUENCE public.files_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.files (
    id bigint DEFAULT (nextval('public.files_id_seq'::pg_catalog.regclass)) NOT NULL,
    owner_name text NOT NULL,
    path text NOT NULL
);
ALTER TABLE public.files ADD CONSTRAINT files_pkey PRIMARY KEY (id);
ALTER TABLE public.files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_select ON public.files FOR SELECT USING (owner_name = current_user);
ALTER SEQUENCE public.files_id_seq OWNED BY public.files.id;
