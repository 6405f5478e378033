-- pgdrift catalog dump
CREATE EXTENSION pg_trgm WITH SCHEMA public;
CREATE SEQUENCE public.search_items_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public.search_items (
    id integer DEFAULT (nextval('public.search_items_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text,
    code character varying(30),
    props jsonb,
    path text
);
ALTER TABLE public.search_items ADD CONSTRAINT search_items_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.search_items_id_seq OWNED BY public.search_items.id;
CREATE INDEX search_items_code_pattern_idx ON public.search_items USING btree (code varchar_pattern_ops);
CREATE INDEX search_items_lower_name_trgm_idx ON public.search_items USING gin ((lower(name)) public.gin_trgm_ops);
CREATE INDEX search_items_name_gist_trgm_idx ON public.search_items USING gist (name public.gist_trgm_ops (siglen='32'));
CREATE INDEX search_items_name_ops_desc_idx ON public.search_items USING btree (name text_pattern_ops DESC);
CREATE INDEX search_items_name_trgm_idx ON public.search_items USING gin (name public.gin_trgm_ops);
CREATE INDEX search_items_path_pattern_idx ON public.search_items USING btree (path text_pattern_ops);
CREATE INDEX search_items_props_path_ops_idx ON public.search_items USING gin (props jsonb_path_ops);
