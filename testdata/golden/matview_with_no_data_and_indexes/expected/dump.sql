-- pgdrift catalog dump
CREATE SEQUENCE public.page_views_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.page_views (
    id bigint DEFAULT (nextval('public.page_views_id_seq'::pg_catalog.regclass)) NOT NULL,
    path text NOT NULL,
    viewed_at timestamp with time zone DEFAULT (now()) NOT NULL,
    user_agent text
);
ALTER TABLE public.page_views ADD CONSTRAINT page_views_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.page_views_id_seq OWNED BY public.page_views.id;
CREATE MATERIALIZED VIEW public.agent_counts (agent, n) WITH (fillfactor = '90') AS SELECT page_views.user_agent AS agent, count(*) AS n FROM public.page_views GROUP BY page_views.user_agent WITH DATA;
CREATE MATERIALIZED VIEW public.daily_views (path, day, views) AS SELECT page_views.path AS path, page_views.viewed_at::pg_catalog.date AS day, count(*) AS views FROM public.page_views GROUP BY page_views.path, page_views.viewed_at::pg_catalog.date WITH NO DATA;
CREATE MATERIALIZED VIEW public.top_paths (path, n) AS SELECT page_views.path AS path, count(*) AS n FROM public.page_views GROUP BY page_views.path ORDER BY count(*) DESC LIMIT 10 WITH DATA;
CREATE INDEX daily_views_day_idx ON public.daily_views USING btree (day DESC);
CREATE UNIQUE INDEX daily_views_path_day_idx ON public.daily_views USING btree (path, day);
CREATE INDEX top_paths_n_idx ON public.top_paths USING btree (n);
