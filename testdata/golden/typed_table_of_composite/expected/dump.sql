-- pgdrift catalog dump
CREATE TYPE public.person_t AS (name text, nick character varying(40), email text);
CREATE TABLE public.former (
    name text,
    nick character varying(40) DEFAULT ('x'),
    email text
);
CREATE TABLE public.people OF public.person_t (
    name WITH OPTIONS NOT NULL
);
ALTER TABLE public.people ADD CONSTRAINT people_pkey PRIMARY KEY (name);
COMMENT ON TABLE public.people IS 'typed';
CREATE TABLE public.people_archive OF public.person_t;
CREATE TABLE public.plain OF public.person_t;
