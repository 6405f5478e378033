-- pgdrift catalog dump
CREATE SEQUENCE public.matrices_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.matrices (
    id integer DEFAULT (nextval('public.matrices_id_seq'::pg_catalog.regclass)) NOT NULL,
    tags text[],
    grid text[],
    scores integer[] DEFAULT ('{}') NOT NULL,
    fixed integer[],
    weights integer[],
    limits bigint[],
    names character varying(20)[],
    prices numeric(6,2)[] DEFAULT ('{1.50,2.00}'),
    flags boolean[] DEFAULT (ARRAY[true, false]),
    moments timestamp with time zone[],
    ids uuid[] DEFAULT (ARRAY[]::pg_catalog.uuid[])
);
ALTER TABLE public.matrices ADD CONSTRAINT matrices_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.matrices_id_seq OWNED BY public.matrices.id;
