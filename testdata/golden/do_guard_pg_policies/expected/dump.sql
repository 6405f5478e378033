-- pgdrift catalog dump
CREATE SEQUENCE public.documents_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.documents (
    id bigint DEFAULT (nextval('public.documents_id_seq'::pg_catalog.regclass)) NOT NULL,
    owner_name text DEFAULT (current_user) NOT NULL,
    shared boolean DEFAULT (false) NOT NULL
);
ALTER TABLE public.documents ADD CONSTRAINT documents_pkey PRIMARY KEY (id);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON public.documents USING (owner_name = current_user);
CREATE POLICY documents_owner_insert ON public.documents FOR INSERT WITH CHECK (owner_name = current_user);
CREATE POLICY documents_shared_read ON public.documents FOR SELECT USING (shared);
ALTER SEQUENCE public.documents_id_seq OWNED BY public.documents.id;
