-- The database: articles applied; 20231201000000 from a branch never merged; the body column
-- never applied.
CREATE TABLE public.articles (id bigserial PRIMARY KEY, title character varying);

-- as Rails creates them
CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY);
CREATE TABLE public.ar_internal_metadata (key character varying NOT NULL PRIMARY KEY, value character varying,
  created_at timestamp(6) without time zone NOT NULL, updated_at timestamp(6) without time zone NOT NULL);
INSERT INTO public.schema_migrations (version) VALUES ('20231201000000'), ('20240101000000');
