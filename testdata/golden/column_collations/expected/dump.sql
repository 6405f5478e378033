-- pgdrift catalog dump
CREATE TABLE public.words (
    id integer NOT NULL,
    word text COLLATE pg_catalog."C" NOT NULL,
    sort_key character varying(50) COLLATE pg_catalog."POSIX",
    plain text,
    display text,
    code character(3) COLLATE pg_catalog."C"
);
ALTER TABLE public.words ADD CONSTRAINT words_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX words_code_key ON public.words USING btree (code);
CREATE INDEX words_plain_c_idx ON public.words USING btree (plain COLLATE pg_catalog."C");
CREATE INDEX words_word_idx ON public.words USING btree (word);
