-- Text search: dictionaries on PostgreSQL's templates (options set, changed and removed), a
-- configuration copied from a shipped one whose mappings are changed, replaced and dropped, one
-- built from the parser, comments, a dropped pair, and an index and a generated column that use
-- a configuration (each needs it first).
create text search dictionary english_nostop (template = snowball, Language = english, StopWords = '');
create text search dictionary simple_keep (template = pg_catalog.simple, stopwords = english, accept = false);
alter text search dictionary simple_keep (accept = true, stopwords);
create schema search;
create text search dictionary search.german_plain (template = snowball, language = german);
comment on text search dictionary search.german_plain is 'german without stop words';

create text search configuration docs (copy = english);
alter text search configuration docs alter mapping for asciiword, word with english_nostop, english_stem;
alter text search configuration docs alter mapping replace simple with simple_keep;
alter text search configuration docs drop mapping for email, url, url_path;
alter text search configuration docs drop mapping if exists for tag;
alter text search configuration docs add mapping for tag with simple;
comment on text search configuration docs is 'documents: english, stop words kept';

create text search configuration search.bare (parser = default);
alter text search configuration search.bare add mapping for asciiword, word with search.german_plain;

create text search configuration doomed (copy = simple);
create text search dictionary doomed_dict (template = simple);
drop text search configuration doomed;
drop text search dictionary doomed_dict;

create table articles (
    id int primary key,
    body text not null,
    body_tsv tsvector generated always as (to_tsvector('docs', body)) stored
);
create index articles_body_idx on articles using gin (to_tsvector('search.bare'::regconfig, body));

-- A dictionary an extension brings, in the extension's schema.
create schema extensions;
create extension unaccent with schema extensions;
create text search configuration french_flat (copy = french);
alter text search configuration french_flat alter mapping for hword, hword_part, word with extensions.unaccent, french_stem;
create text search dictionary unaccent_words (template = extensions.unaccent, rules = 'unaccent');
