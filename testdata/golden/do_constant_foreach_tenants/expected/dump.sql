-- pgdrift catalog dump
CREATE SEQUENCE public.tenants_template_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.handle_updated_at() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin new.updated_at = now(); return new; end $function$;
CREATE TABLE public.tenant_acme (
    id bigint DEFAULT (nextval('public.tenants_template_id_seq'::pg_catalog.regclass)) NOT NULL,
    payload jsonb DEFAULT ('{}') NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE public.tenant_acme ADD CONSTRAINT tenant_acme_pkey PRIMARY KEY (id);
COMMENT ON TABLE public.tenant_acme IS 'tenant table for tenant_acme';
CREATE TRIGGER tenant_acme_updated_at BEFORE UPDATE ON public.tenant_acme FOR EACH ROW EXECUTE FUNCTION public.handle_updated_at();
CREATE TABLE public.tenant_globex (
    id bigint DEFAULT (nextval('public.tenants_template_id_seq'::pg_catalog.regclass)) NOT NULL,
    payload jsonb DEFAULT ('{}') NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE public.tenant_globex ADD CONSTRAINT tenant_globex_pkey PRIMARY KEY (id);
COMMENT ON TABLE public.tenant_globex IS 'tenant table for tenant_globex';
CREATE TRIGGER tenant_globex_updated_at BEFORE UPDATE ON public.tenant_globex FOR EACH ROW EXECUTE FUNCTION public.handle_updated_at();
CREATE TABLE public.tenants_template (
    id bigint DEFAULT (nextval('public.tenants_template_id_seq'::pg_catalog.regclass)) NOT NULL,
    payload jsonb DEFAULT ('{}') NOT NULL,
    updated_at timestamp with time zone
)
WITH (autovacuum_enabled='false');
ALTER TABLE public.tenants_template ADD CONSTRAINT tenants_template_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.tenants_template_id_seq OWNED BY public.tenants_template.id;
