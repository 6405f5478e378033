--
-- PostgreSQL database dump (the production schema, before Prisma manages it)
--
CREATE TABLE public.thread_members (
    id integer NOT NULL,
    thread_id integer NOT NULL,
    user_id integer NOT NULL
);
CREATE SEQUENCE public.thread_members_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.thread_members_id_seq OWNED BY public.thread_members.id;
ALTER TABLE ONLY public.thread_members ALTER COLUMN id SET DEFAULT nextval('public.thread_members_id_seq'::regclass);
ALTER TABLE ONLY public.thread_members ADD CONSTRAINT thread_members_pkey PRIMARY KEY (id);
CREATE TABLE public.call_logs (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,
    member_id integer REFERENCES public.thread_members(id),
    started_at timestamp with time zone DEFAULT now() NOT NULL
);
