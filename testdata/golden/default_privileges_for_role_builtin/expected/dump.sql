-- pgdrift catalog dump
CREATE TABLE public.notes (
    id integer NOT NULL,
    body text
);
ALTER TABLE public.notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
