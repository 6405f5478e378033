-- pgdrift 0.2.0 baseline of prod.sql
-- Plain SQL in dependency order: loads into an empty database with psql -v ON_ERROR_STOP=1.
-- Function bodies are checked when they run, as pg_dump's scripts have them: a body may read a
-- table created further down.
SET check_function_bodies = false;

CREATE SEQUENCE public.thread_members_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.call_logs (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.call_logs_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE),
    member_id integer,
    started_at timestamp with time zone DEFAULT (now()) NOT NULL
);
CREATE TABLE public.thread_members (
    id integer DEFAULT (nextval('public.thread_members_id_seq'::pg_catalog.regclass)) NOT NULL,
    thread_id integer NOT NULL,
    user_id integer NOT NULL
);
ALTER SEQUENCE public.thread_members_id_seq OWNED BY public.thread_members.id;
ALTER TABLE public.thread_members ADD CONSTRAINT thread_members_pkey PRIMARY KEY (id);
ALTER TABLE public.call_logs ADD CONSTRAINT call_logs_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.thread_members(id);
RESET check_function_bodies;
