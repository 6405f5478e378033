-- pgdrift catalog dump
CREATE TABLE public.competitors (
    id integer NOT NULL,
    full_name text NOT NULL,
    sponsor_id integer
);
ALTER TABLE public.competitors ADD CONSTRAINT competitors_pkey PRIMARY KEY (id);
CREATE TABLE public.deletions (
    at timestamp with time zone DEFAULT (now()),
    competitor integer,
    note text
);
CREATE TABLE public.sponsors (
    id integer NOT NULL,
    name text
);
ALTER TABLE public.sponsors ADD CONSTRAINT sponsors_pkey PRIMARY KEY (id);
CREATE VIEW public.competitors_sponsors (id, full_name, sponsor_id, sponsor) AS SELECT c.id AS id, c.full_name AS full_name, c.sponsor_id AS sponsor_id, s.name AS sponsor FROM public.competitors c LEFT JOIN public.sponsors s ON c.sponsor_id = s.id;
CREATE RULE log_delete AS ON DELETE TO public.competitors DO ALSO (INSERT INTO public.deletions (competitor) VALUES (old.id));
CREATE RULE no_negative AS ON UPDATE TO public.competitors WHERE new.id < 0 DO INSTEAD NOTHING;
CREATE RULE two_actions AS ON INSERT TO public.sponsors DO ALSO (INSERT INTO public.deletions (note) VALUES ('unnamed sponsor'); NOTIFY sponsors);
CREATE RULE competitors_sponsors_ins AS ON INSERT TO public.competitors_sponsors DO INSTEAD (INSERT INTO public.competitors (id, full_name, sponsor_id) VALUES (new.id, 'Competitor without sponsor', new.sponsor_id) RETURNING id, full_name, sponsor_id, NULL::pg_catalog.text);
