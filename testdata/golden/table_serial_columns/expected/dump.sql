-- pgdrift catalog dump
CREATE SCHEMA archive;
CREATE SEQUENCE archive.events_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public."Mixed Case_Id_seq" AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.events_big_no_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.events_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.events_legacy_no_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.events_seq_no_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.events_small_no_seq AS smallint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 CACHE 1 NO CYCLE;
CREATE TABLE archive.events (
    id bigint DEFAULT (nextval('archive.events_id_seq'::pg_catalog.regclass)) NOT NULL,
    payload jsonb
);
ALTER TABLE archive.events ADD CONSTRAINT events_pkey PRIMARY KEY (id);
CREATE TABLE public."Mixed Case" (
    "Id" integer DEFAULT (nextval('public."Mixed Case_Id_seq"'::pg_catalog.regclass)) NOT NULL,
    label text
);
ALTER TABLE public."Mixed Case" ADD CONSTRAINT "Mixed Case_pkey" PRIMARY KEY ("Id");
CREATE TABLE public.events (
    id integer DEFAULT (nextval('public.events_id_seq'::pg_catalog.regclass)) NOT NULL,
    seq_no bigint DEFAULT (nextval('public.events_seq_no_seq'::pg_catalog.regclass)) NOT NULL,
    small_no smallint DEFAULT (nextval('public.events_small_no_seq'::pg_catalog.regclass)) NOT NULL,
    legacy_no integer DEFAULT (nextval('public.events_legacy_no_seq'::pg_catalog.regclass)) NOT NULL,
    big_no bigint DEFAULT (nextval('public.events_big_no_seq'::pg_catalog.regclass)) NOT NULL
);
ALTER TABLE public.events ADD CONSTRAINT events_big_no_key UNIQUE (big_no);
ALTER TABLE public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id);
ALTER SEQUENCE archive.events_id_seq OWNED BY archive.events.id;
ALTER SEQUENCE public."Mixed Case_Id_seq" OWNED BY public."Mixed Case"."Id";
ALTER SEQUENCE public.events_big_no_seq OWNED BY public.events.big_no;
ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;
ALTER SEQUENCE public.events_legacy_no_seq OWNED BY public.events.legacy_no;
ALTER SEQUENCE public.events_seq_no_seq OWNED BY public.events.seq_no;
ALTER SEQUENCE public.events_small_no_seq OWNED BY public.events.small_no;
