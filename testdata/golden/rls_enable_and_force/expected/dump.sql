-- pgdrift catalog dump
CREATE SEQUENCE public.audit_entries_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.documents_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.open_data_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.audit_entries (
    id bigint DEFAULT (nextval('public.audit_entries_id_seq'::pg_catalog.regclass)) NOT NULL,
    message text NOT NULL
);
ALTER TABLE public.audit_entries ADD CONSTRAINT audit_entries_pkey PRIMARY KEY (id);
ALTER TABLE public.audit_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.audit_entries FORCE ROW LEVEL SECURITY;
CREATE TABLE public.documents (
    id bigint DEFAULT (nextval('public.documents_id_seq'::pg_catalog.regclass)) NOT NULL,
    owner_name text DEFAULT (current_user) NOT NULL,
    body text
);
ALTER TABLE public.documents ADD CONSTRAINT documents_pkey PRIMARY KEY (id);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON public.documents USING (owner_name = current_user);
CREATE TABLE public.open_data (
    id integer DEFAULT (nextval('public.open_data_id_seq'::pg_catalog.regclass)) NOT NULL,
    value text
);
ALTER TABLE public.open_data ADD CONSTRAINT open_data_pkey PRIMARY KEY (id);
ALTER TABLE public.open_data FORCE ROW LEVEL SECURITY;
ALTER SEQUENCE public.audit_entries_id_seq OWNED BY public.audit_entries.id;
ALTER SEQUENCE public.documents_id_seq OWNED BY public.documents.id;
ALTER SEQUENCE public.open_data_id_seq OWNED BY public.open_data.id;
