-- Text search: a dictionary changes its options and another its template (nothing uses that
-- one), a configuration its mappings, one configuration and the dictionary only it used go
-- (the configuration first), and an index keeps using a configuration throughout.
CREATE TEXT SEARCH DICTIONARY english_nostop (TEMPLATE = snowball, language = english, stopwords = english);
CREATE TEXT SEARCH DICTIONARY spare (TEMPLATE = simple, accept = false);
CREATE TEXT SEARCH DICTIONARY legacy_words (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION docs (COPY = english);
ALTER TEXT SEARCH CONFIGURATION docs ALTER MAPPING FOR asciiword WITH english_nostop, english_stem;
CREATE TEXT SEARCH CONFIGURATION legacy (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION legacy ADD MAPPING FOR asciiword, word WITH legacy_words;
CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX notes_body_idx ON notes USING gin (to_tsvector('docs', body));
