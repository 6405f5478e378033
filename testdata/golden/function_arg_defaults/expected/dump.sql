-- pgdrift catalog dump
CREATE SEQUENCE public.events_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.log_event(p_kind text, p_payload jsonb DEFAULT '{}'::pg_catalog.jsonb, p_at timestamp with time zone DEFAULT now()) RETURNS bigint LANGUAGE plpgsql
    AS $function$
declare
  new_id bigint;
begin
  insert into events (kind, payload, created_at) values (p_kind, p_payload, p_at)
  returning id into new_id;
  return new_id;
end
$function$;
CREATE OR REPLACE FUNCTION public.pad_code(code text, width integer DEFAULT 8, fill text DEFAULT '0') RETURNS text LANGUAGE sql IMMUTABLE
    AS $function$ select lpad(code, width, fill) $function$;
CREATE OR REPLACE FUNCTION public.recent_events(lim integer DEFAULT 10, kind_filter text DEFAULT NULL) RETURNS SETOF public.events LANGUAGE sql STABLE
    AS $function$
  select * from events
  where kind_filter is null or kind = kind_filter
  order by created_at desc
  limit lim
$function$;
CREATE TABLE public.events (
    id bigint DEFAULT (nextval('public.events_id_seq'::pg_catalog.regclass)) NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT ('{}') NOT NULL,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL
);
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;
