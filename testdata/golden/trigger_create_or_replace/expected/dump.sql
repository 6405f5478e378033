-- pgdrift catalog dump
CREATE SEQUENCE public.items_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.items_touch() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin new.updated_at = now(); return new; end
$function$;
CREATE OR REPLACE FUNCTION public.items_touch_v2() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin new.updated_at = clock_timestamp(); return new; end
$function$;
CREATE TABLE public.items (
    id integer DEFAULT (nextval('public.items_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE public.items ADD CONSTRAINT items_pkey PRIMARY KEY (id);
CREATE TRIGGER items_touch BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION public.items_touch_v2();
ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;
