-- pgdrift catalog dump
CREATE SEQUENCE public.sync_items_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.sync_items_touch() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin new.changed_at := now(); return new; end $function$;
CREATE TABLE public.sync_items (
    id integer DEFAULT (nextval('public.sync_items_id_seq'::pg_catalog.regclass)) NOT NULL,
    payload text,
    changed_at timestamp with time zone
);
ALTER TABLE public.sync_items ADD CONSTRAINT sync_items_pkey PRIMARY KEY (id);
CREATE TRIGGER sync_items_a BEFORE UPDATE ON public.sync_items FOR EACH ROW EXECUTE FUNCTION public.sync_items_touch();
ALTER TABLE public.sync_items DISABLE TRIGGER sync_items_a;
CREATE TRIGGER sync_items_b BEFORE UPDATE ON public.sync_items FOR EACH ROW EXECUTE FUNCTION public.sync_items_touch();
ALTER TABLE public.sync_items ENABLE REPLICA TRIGGER sync_items_b;
CREATE TRIGGER sync_items_c BEFORE UPDATE ON public.sync_items FOR EACH ROW EXECUTE FUNCTION public.sync_items_touch();
ALTER TABLE public.sync_items ENABLE ALWAYS TRIGGER sync_items_c;
CREATE TRIGGER sync_items_d BEFORE UPDATE ON public.sync_items FOR EACH ROW EXECUTE FUNCTION public.sync_items_touch();
ALTER TABLE public.sync_items DISABLE TRIGGER sync_items_d;
CREATE TRIGGER sync_items_e BEFORE UPDATE ON public.sync_items FOR EACH ROW EXECUTE FUNCTION public.sync_items_touch();
ALTER SEQUENCE public.sync_items_id_seq OWNED BY public.sync_items.id;
