-- pgdrift catalog dump
CREATE SEQUENCE public.comments_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.posts_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.set_timestamp_column() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  new := jsonb_populate_record(new, jsonb_build_object(tg_argv[0], now()));
  return new;
end;
$function$;
CREATE TABLE public.comments (
    id integer DEFAULT (nextval('public.comments_id_seq'::pg_catalog.regclass)) NOT NULL,
    body text,
    edited_on timestamp with time zone
);
ALTER TABLE public.comments ADD CONSTRAINT comments_pkey PRIMARY KEY (id);
CREATE TRIGGER comments_edited BEFORE UPDATE ON public.comments FOR EACH ROW EXECUTE FUNCTION public.set_timestamp_column('edited_on', '42', 'extra arg');
CREATE TABLE public.posts (
    id integer DEFAULT (nextval('public.posts_id_seq'::pg_catalog.regclass)) NOT NULL,
    title text,
    modified timestamp with time zone
);
ALTER TABLE public.posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
CREATE TRIGGER posts_modified BEFORE UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.set_timestamp_column('modified');
ALTER SEQUENCE public.comments_id_seq OWNED BY public.comments.id;
ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;
