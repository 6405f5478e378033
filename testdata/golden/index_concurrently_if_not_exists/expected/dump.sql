-- pgdrift catalog dump
CREATE SEQUENCE public.page_views_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.page_views (
    id bigint DEFAULT (nextval('public.page_views_id_seq'::pg_catalog.regclass)) NOT NULL,
    page text NOT NULL,
    visitor uuid,
    viewed_at timestamp with time zone DEFAULT (now()) NOT NULL
);
ALTER TABLE public.page_views ADD CONSTRAINT page_views_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.page_views_id_seq OWNED BY public.page_views.id;
CREATE INDEX page_views_page_idx ON public.page_views USING btree (page);
CREATE INDEX page_views_viewed_at_idx ON public.page_views USING btree (viewed_at DESC);
CREATE INDEX page_views_visitor_idx ON public.page_views USING btree (visitor);
CREATE UNIQUE INDEX page_views_visitor_page_key ON public.page_views USING btree (visitor, page);
