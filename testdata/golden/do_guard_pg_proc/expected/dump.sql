-- pgdrift catalog dump
CREATE SEQUENCE public.items_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.item_count() RETURNS bigint LANGUAGE sql STABLE
    AS $function$ select count(*) from items $function$;
CREATE OR REPLACE FUNCTION public.touch_updated_at() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin new.updated_at := now(); return new; end $function$;
CREATE TABLE public.items (
    id integer DEFAULT (nextval('public.items_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text,
    updated_at timestamp with time zone
);
ALTER TABLE public.items ADD CONSTRAINT items_pkey PRIMARY KEY (id);
CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();
ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;
