CREATE TEXT SEARCH DICTIONARY english_nostop (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH DICTIONARY spare (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH CONFIGURATION docs (COPY = english);
ALTER TEXT SEARCH CONFIGURATION docs ALTER MAPPING FOR asciiword, word WITH english_nostop, english_stem;
ALTER TEXT SEARCH CONFIGURATION docs DROP MAPPING FOR email;
COMMENT ON TEXT SEARCH CONFIGURATION docs IS 'english, stop words kept';
CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX notes_body_idx ON notes USING gin (to_tsvector('docs', body));
