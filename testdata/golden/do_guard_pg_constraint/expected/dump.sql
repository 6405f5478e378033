-- pgdrift catalog dump
CREATE SEQUENCE public.members_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.teams_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.members (
    id bigint DEFAULT (nextval('public.members_id_seq'::pg_catalog.regclass)) NOT NULL,
    team_id bigint,
    email text NOT NULL,
    age integer
);
ALTER TABLE public.members ADD CONSTRAINT members_age_check CHECK (age >= 0);
ALTER TABLE public.members ADD CONSTRAINT members_email_key UNIQUE (email);
ALTER TABLE public.members ADD CONSTRAINT members_pkey PRIMARY KEY (id);
ALTER TABLE public.members ADD CONSTRAINT members_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) ON DELETE CASCADE;
CREATE TABLE public.teams (
    id bigint DEFAULT (nextval('public.teams_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL
);
ALTER TABLE public.teams ADD CONSTRAINT teams_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.members_id_seq OWNED BY public.members.id;
ALTER SEQUENCE public.teams_id_seq OWNED BY public.teams.id;
