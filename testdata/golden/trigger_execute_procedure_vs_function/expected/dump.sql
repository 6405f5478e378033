-- pgdrift catalog dump
CREATE SEQUENCE public.notes_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.notes_len() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  new.body_len := length(new.body);
  return new;
end;
$function$;
CREATE TABLE public.notes (
    id integer DEFAULT (nextval('public.notes_id_seq'::pg_catalog.regclass)) NOT NULL,
    body text,
    body_len integer
);
ALTER TABLE public.notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
CREATE TRIGGER notes_len_ins BEFORE INSERT ON public.notes FOR EACH ROW EXECUTE FUNCTION public.notes_len();
CREATE TRIGGER notes_len_qualified BEFORE UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION public.notes_len();
CREATE TRIGGER notes_len_upd BEFORE UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION public.notes_len();
ALTER SEQUENCE public.notes_id_seq OWNED BY public.notes.id;
