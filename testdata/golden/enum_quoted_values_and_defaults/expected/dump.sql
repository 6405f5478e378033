-- pgdrift catalog dump
CREATE TYPE public."Mood" AS ENUM ('sad', 'ok', 'Happy', 'very happy', 'it''s complicated', 'café');
CREATE TYPE public.color AS ENUM ('red', 'green', 'blue');
CREATE SEQUENCE public.diary_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.diary (
    id integer DEFAULT (nextval('public.diary_id_seq'::pg_catalog.regclass)) NOT NULL,
    mood public."Mood" DEFAULT ('ok') NOT NULL,
    later_mood public."Mood" DEFAULT ('it''s complicated'),
    palette public.color[] DEFAULT ('{red,blue}') NOT NULL,
    favourite public.color DEFAULT ('green'::public.color),
    history public."Mood"[] DEFAULT (ARRAY['sad', 'Happy']::public."Mood"[])
);
ALTER TABLE public.diary ADD CONSTRAINT diary_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.diary_id_seq OWNED BY public.diary.id;
