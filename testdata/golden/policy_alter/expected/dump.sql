-- pgdrift catalog dump
CREATE SEQUENCE public.projects_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.projects (
    id bigint DEFAULT (nextval('public.projects_id_seq'::pg_catalog.regclass)) NOT NULL,
    owner_name text NOT NULL,
    team text,
    visibility text DEFAULT ('private') NOT NULL
);
ALTER TABLE public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_delete ON public.projects FOR DELETE USING (owner_name = current_user);
CREATE POLICY projects_read ON public.projects FOR SELECT USING (owner_name = current_user OR visibility = 'public');
CREATE POLICY projects_write ON public.projects FOR UPDATE TO authenticated USING (owner_name = current_user) WITH CHECK (owner_name = current_user AND visibility IN ('private', 'team'));
ALTER SEQUENCE public.projects_id_seq OWNED BY public.projects.id;
