-- pgdrift catalog dump
CREATE SEQUENCE public.articles_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE TABLE public.articles (
    id bigint DEFAULT (nextval('public.articles_id_seq'::pg_catalog.regclass)) NOT NULL,
    author text DEFAULT (current_user) NOT NULL,
    published boolean DEFAULT (false) NOT NULL,
    body text
);
ALTER TABLE public.articles ADD CONSTRAINT articles_pkey PRIMARY KEY (id);
ALTER TABLE public.articles ENABLE ROW LEVEL SECURITY;
CREATE POLICY articles_anon_or_auth ON public.articles FOR SELECT TO anon, authenticated USING (published = true);
CREATE POLICY articles_current_user ON public.articles FOR DELETE TO CURRENT_USER USING (author = current_user);
CREATE POLICY articles_default_role ON public.articles FOR INSERT WITH CHECK (author = current_user);
CREATE POLICY articles_read_all_logged_in ON public.articles FOR SELECT TO authenticated USING (true);
CREATE POLICY articles_read_published ON public.articles FOR SELECT USING (published);
CREATE POLICY articles_write_own ON public.articles FOR UPDATE TO authenticated USING (author = current_user);
ALTER SEQUENCE public.articles_id_seq OWNED BY public.articles.id;
