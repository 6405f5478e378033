-- pgdrift catalog dump
CREATE SEQUENCE public.base_entity_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.audited (
    changed_by text,
    changed_at timestamp with time zone
);
CREATE TABLE public.base_entity (
    id bigint DEFAULT (nextval('public.base_entity_id_seq'::pg_catalog.regclass)) NOT NULL,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL
);
ALTER TABLE public.base_entity ADD CONSTRAINT base_entity_id_check CHECK (id > 0);
ALTER TABLE public.base_entity ADD CONSTRAINT base_entity_pkey PRIMARY KEY (id);
CREATE TABLE public.cities (
    id bigint DEFAULT (nextval('public.base_entity_id_seq'::pg_catalog.regclass)) NOT NULL,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL,
    name text NOT NULL,
    population integer
)
INHERITS (public.base_entity);
ALTER TABLE public.cities ADD CONSTRAINT base_entity_id_check CHECK (id > 0);
CREATE TABLE public.capitals (
    id bigint DEFAULT (nextval('public.base_entity_id_seq'::pg_catalog.regclass)) NOT NULL,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL,
    name text NOT NULL,
    population integer DEFAULT (0),
    country character(2) NOT NULL
)
INHERITS (public.cities);
ALTER TABLE public.capitals ADD CONSTRAINT base_entity_id_check CHECK (id > 0);
CREATE TABLE public.documents (
    id bigint DEFAULT (nextval('public.base_entity_id_seq'::pg_catalog.regclass)) NOT NULL,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL,
    changed_by text,
    changed_at timestamp with time zone,
    title text NOT NULL
)
INHERITS (public.base_entity, public.audited);
ALTER TABLE public.documents ADD CONSTRAINT base_entity_id_check CHECK (id > 0);
CREATE TABLE public.local_notes (
    note text
);
ALTER TABLE public.local_notes ADD CONSTRAINT local_only CHECK (note <> '') NO INHERIT;
CREATE TABLE public.sub_notes (
    note text
)
INHERITS (public.local_notes);
ALTER SEQUENCE public.base_entity_id_seq OWNED BY public.base_entity.id;
