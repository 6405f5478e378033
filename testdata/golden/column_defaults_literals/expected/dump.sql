-- pgdrift catalog dump
CREATE TYPE public.level AS ENUM ('low', 'mid', 'high');
CREATE SEQUENCE public.settings_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.settings (
    id integer DEFAULT (nextval('public.settings_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text DEFAULT ('untitled'),
    code character varying(10) DEFAULT ('X-1'),
    initial character(1) DEFAULT ('a'),
    quoted text DEFAULT ('it''s'),
    empty_text text DEFAULT ('') NOT NULL,
    retries integer DEFAULT (3),
    neg integer DEFAULT (-1),
    big bigint DEFAULT (9007199254740993),
    ratio numeric(5,2) DEFAULT (0.5),
    price numeric DEFAULT (10),
    factor double precision DEFAULT (1.5e3),
    enabled boolean DEFAULT (true),
    disabled boolean DEFAULT (false),
    maybe boolean,
    meta jsonb DEFAULT ('{}'),
    meta_obj jsonb DEFAULT ('{"theme": "dark", "n": 1}') NOT NULL,
    meta_json json DEFAULT ('[]'),
    lvl public.level DEFAULT ('mid'),
    tags text[] DEFAULT ('{}'),
    nums integer[] DEFAULT ('{1,2,3}'),
    since date DEFAULT ('2024-01-01'),
    window_len interval DEFAULT ('30 days'),
    ip inet DEFAULT ('127.0.0.1'),
    uid uuid DEFAULT ('00000000-0000-0000-0000-000000000000')
);
ALTER TABLE public.settings ADD CONSTRAINT settings_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.settings_id_seq OWNED BY public.settings.id;
