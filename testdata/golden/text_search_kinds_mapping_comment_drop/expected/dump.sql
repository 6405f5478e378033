-- pgdrift catalog dump
CREATE SCHEMA extensions;
CREATE SCHEMA search;
CREATE EXTENSION unaccent WITH SCHEMA extensions;
CREATE TEXT SEARCH DICTIONARY public.english_nostop (TEMPLATE = pg_catalog.snowball, language = 'english', stopwords = '');
CREATE TEXT SEARCH DICTIONARY public.simple_keep (TEMPLATE = pg_catalog.simple, accept = 'true');
CREATE TEXT SEARCH DICTIONARY public.unaccent_words (TEMPLATE = extensions.unaccent, rules = 'unaccent');
CREATE TEXT SEARCH DICTIONARY search.german_plain (TEMPLATE = pg_catalog.snowball, language = 'german');
COMMENT ON TEXT SEARCH DICTIONARY search.german_plain IS 'german without stop words';
CREATE TEXT SEARCH CONFIGURATION public.docs (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR asciihword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR asciiword WITH public.english_nostop, english_stem;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR file WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR "float" WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR host WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR hword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR hword_asciipart WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR hword_numpart WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR hword_part WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR "int" WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR numhword WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR numword WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR sfloat WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR tag WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR uint WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR version WITH public.simple_keep;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR word WITH public.english_nostop, english_stem;
COMMENT ON TEXT SEARCH CONFIGURATION public.docs IS 'documents: english, stop words kept';
CREATE TEXT SEARCH CONFIGURATION public.french_flat (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR asciihword WITH french_stem;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR asciiword WITH french_stem;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR email WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR file WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR "float" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR host WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR hword WITH extensions.unaccent, french_stem;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR hword_asciipart WITH french_stem;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR hword_numpart WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR hword_part WITH extensions.unaccent, french_stem;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR "int" WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR numhword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR sfloat WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR url WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR url_path WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR version WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.french_flat ADD MAPPING FOR word WITH extensions.unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION search.bare (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION search.bare ADD MAPPING FOR asciiword WITH search.german_plain;
ALTER TEXT SEARCH CONFIGURATION search.bare ADD MAPPING FOR word WITH search.german_plain;
CREATE TABLE public.articles (
    id integer NOT NULL,
    body text NOT NULL,
    body_tsv tsvector GENERATED ALWAYS AS (to_tsvector('public.docs', body)) STORED
);
ALTER TABLE public.articles ADD CONSTRAINT articles_pkey PRIMARY KEY (id);
CREATE INDEX articles_body_idx ON public.articles USING gin ((to_tsvector('search.bare'::pg_catalog.regconfig, body)));
