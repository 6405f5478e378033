-- pgdrift catalog dump
CREATE SEQUENCE public.notes_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
COMMENT ON SEQUENCE public.notes_id_seq IS 'serial sequence';
CREATE TABLE public.notes (
    id integer DEFAULT (nextval('public.notes_id_seq'::pg_catalog.regclass)) NOT NULL,
    body text,
    author text
);
ALTER TABLE public.notes ADD CONSTRAINT notes_id_pk PRIMARY KEY (id);
COMMENT ON TABLE public.notes IS 'Second version
with a newline and a tab	here';
ALTER SEQUENCE public.notes_id_seq OWNED BY public.notes.id;
