-- An enum whose labels are removed and reordered: PostgreSQL cannot do either in place, so the
-- type is made again and every column, array, default, check, partial index, view, routine and
-- policy that uses it follows. The rows hold only labels the desired type keeps.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'ecstatic');
COMMENT ON TYPE mood IS 'how a person feels';
CREATE TABLE person (
  id integer PRIMARY KEY,
  current mood NOT NULL DEFAULT 'happy',
  history mood[] DEFAULT '{sad}',
  CONSTRAINT not_sad CHECK (current <> 'sad' OR id > 0)
);
CREATE INDEX person_happy ON person (id) WHERE current = 'happy';
CREATE INDEX person_current ON person (current);
INSERT INTO person VALUES (1, 'happy', '{sad,happy}'), (2, 'sad', NULL);
CREATE FUNCTION is_happy(m mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT m = 'happy' $$;
CREATE VIEW happy_people AS SELECT id, current FROM person WHERE current = 'happy';
CREATE VIEW happy_ids AS SELECT id FROM happy_people;
ALTER TABLE person ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_happy ON person USING (current = 'happy'::mood);
CREATE TABLE mood_log (at integer, m mood);
