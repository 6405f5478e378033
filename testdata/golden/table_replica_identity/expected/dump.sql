-- pgdrift catalog dump
CREATE TABLE public.back_to_default (
    id integer NOT NULL,
    v text
);
ALTER TABLE public.back_to_default ADD CONSTRAINT back_to_default_pkey PRIMARY KEY (id);
CREATE TABLE public.full_rows (
    id integer,
    v text
);
CREATE TABLE public.keyed_by_index (
    id integer NOT NULL,
    code text NOT NULL,
    v text
);
CREATE TABLE public.no_identity (
    v text
);
CREATE TABLE public.with_pk (
    id integer NOT NULL,
    v text
);
ALTER TABLE public.with_pk ADD CONSTRAINT with_pk_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX keyed_by_index_code_idx ON public.keyed_by_index USING btree (code);
ALTER TABLE public.full_rows REPLICA IDENTITY FULL;
ALTER TABLE public.keyed_by_index REPLICA IDENTITY USING INDEX keyed_by_index_code_idx;
ALTER TABLE public.no_identity REPLICA IDENTITY NOTHING;
