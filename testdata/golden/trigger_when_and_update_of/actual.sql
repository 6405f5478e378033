-- The production database of this case, drifted: one trigger fires on another condition, one on every update
-- pgdrift catalog dump
CREATE SEQUENCE public.tickets_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.tickets_notify() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  perform pg_notify('tickets', new.id::text);
  return null;
end
$function$;
CREATE OR REPLACE FUNCTION public.tickets_set_closed_at() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  new.closed_at := case when new.status = 'closed' then now() else null end;
  return new;
end
$function$;
CREATE TABLE public.tickets (
    id bigint DEFAULT (nextval('public.tickets_id_seq'::pg_catalog.regclass)) NOT NULL,
    status text DEFAULT ('open') NOT NULL,
    priority integer DEFAULT (3) NOT NULL,
    assignee text,
    closed_at timestamp with time zone
);
ALTER TABLE public.tickets ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);
CREATE TRIGGER tickets_reassigned AFTER UPDATE ON public.tickets FOR EACH ROW WHEN (old.assignee IS DISTINCT FROM new.assignee AND new.assignee IS NOT NULL) EXECUTE FUNCTION public.tickets_notify();
CREATE TRIGGER tickets_status_change BEFORE UPDATE ON public.tickets FOR EACH ROW WHEN (old.status IS DISTINCT FROM new.status) EXECUTE FUNCTION public.tickets_set_closed_at();
CREATE TRIGGER tickets_urgent AFTER INSERT OR UPDATE OF priority, assignee ON public.tickets FOR EACH ROW WHEN (new.priority <= 2) EXECUTE FUNCTION public.tickets_notify();
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;
