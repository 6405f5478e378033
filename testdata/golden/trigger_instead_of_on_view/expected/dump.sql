-- pgdrift catalog dump
CREATE SEQUENCE public.people_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.people_with_email_del() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  delete from people where id = old.id;
  return old;
end;
$function$;
CREATE OR REPLACE FUNCTION public.people_with_email_ins() RETURNS trigger LANGUAGE plpgsql
    AS $function$
declare
  new_id int;
begin
  insert into people (name) values (new.name) returning id into new_id;
  if new.email is not null then
    insert into emails (person_id, email) values (new_id, new.email);
  end if;
  new.id := new_id;
  return new;
end;
$function$;
CREATE TABLE public.emails (
    person_id integer NOT NULL,
    email text NOT NULL
);
ALTER TABLE public.emails ADD CONSTRAINT emails_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;
ALTER TABLE public.emails ADD CONSTRAINT emails_pkey PRIMARY KEY (person_id);
CREATE TABLE public.people (
    id integer DEFAULT (nextval('public.people_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL
);
ALTER TABLE public.people ADD CONSTRAINT people_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.people_id_seq OWNED BY public.people.id;
CREATE VIEW public.people_with_email (id, name, email) AS SELECT p.id AS id, p.name AS name, e.email AS email FROM public.people p LEFT JOIN public.emails e ON e.person_id = p.id;
CREATE TRIGGER people_with_email_delete INSTEAD OF DELETE ON public.people_with_email FOR EACH ROW EXECUTE FUNCTION public.people_with_email_del();
CREATE TRIGGER people_with_email_insert INSTEAD OF INSERT ON public.people_with_email FOR EACH ROW EXECUTE FUNCTION public.people_with_email_ins();
