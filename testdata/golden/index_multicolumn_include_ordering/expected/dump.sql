-- pgdrift catalog dump
CREATE SEQUENCE public.posts_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.posts (
    id bigint DEFAULT (nextval('public.posts_id_seq'::pg_catalog.regclass)) NOT NULL,
    author_id integer NOT NULL,
    published_at timestamp with time zone,
    score integer,
    title text,
    slug text
);
ALTER TABLE public.posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;
CREATE INDEX posts_author_cover_idx ON public.posts USING btree (author_id) INCLUDE (title, slug);
CREATE INDEX posts_author_published_idx ON public.posts USING btree (author_id, published_at DESC);
CREATE INDEX posts_mixed_idx ON public.posts USING btree (author_id, score DESC, published_at NULLS FIRST);
CREATE INDEX posts_published_asc_idx ON public.posts USING btree (published_at);
CREATE INDEX posts_published_nulls_first_idx ON public.posts USING btree (published_at NULLS FIRST);
CREATE INDEX posts_score_desc_nf_idx ON public.posts USING btree (score DESC);
CREATE INDEX posts_score_idx ON public.posts USING btree (score DESC NULLS LAST);
CREATE UNIQUE INDEX posts_slug_key ON public.posts USING btree (slug) INCLUDE (id);
