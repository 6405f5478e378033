-- pgdrift catalog dump
CREATE SEQUENCE public.accounts_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.accounts_touch() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin new.updated_at := now(); return new; end;
$function$;
CREATE TABLE public.accounts (
    id integer DEFAULT (nextval('public.accounts_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
CREATE TRIGGER accounts_touch_upd BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.accounts_touch();
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;
