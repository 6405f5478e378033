-- pgdrift catalog dump
CREATE SEQUENCE public.documents_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.documents (
    id bigint DEFAULT (nextval('public.documents_id_seq'::pg_catalog.regclass)) NOT NULL,
    token text,
    body text,
    tags text[],
    props jsonb,
    location point,
    area box,
    created_at timestamp with time zone DEFAULT (now()),
    ts tsvector
);
ALTER TABLE public.documents ADD CONSTRAINT documents_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.documents_id_seq OWNED BY public.documents.id;
CREATE INDEX documents_area_gist_idx ON public.documents USING gist (area);
CREATE INDEX documents_body_fts_idx ON public.documents USING gin ((to_tsvector('english', body)));
CREATE INDEX documents_created_brin_idx ON public.documents USING brin (created_at) WITH (pages_per_range='32');
CREATE INDEX documents_id_btree_idx ON public.documents USING btree (id);
CREATE INDEX documents_location_spgist_idx ON public.documents USING spgist (location);
CREATE INDEX documents_props_fill_idx ON public.documents USING btree (id) WITH (fillfactor='70');
CREATE INDEX documents_props_gin_idx ON public.documents USING gin (props);
CREATE INDEX documents_tags_gin_idx ON public.documents USING gin (tags);
CREATE INDEX documents_token_hash_idx ON public.documents USING hash (token);
CREATE INDEX documents_ts_idx ON public.documents USING gin (ts);
