-- pgdrift catalog dump
CREATE TABLE public.organizations (
    id integer NOT NULL,
    owner_id integer,
    is_public boolean DEFAULT (false) NOT NULL
);
ALTER TABLE public.organizations ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);
ALTER TABLE public.organizations ENABLE ROW LEVEL SECURITY;
CREATE POLICY select_own ON public.organizations FOR SELECT USING (organizations.is_public OR organizations.owner_id = 1);
