-- pgdrift catalog dump
CREATE TABLE public.entries (
    id integer NOT NULL,
    n integer
);
ALTER TABLE public.entries ADD CONSTRAINT entries_pkey PRIMARY KEY (id);
