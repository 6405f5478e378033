-- Typed tables: the type gains an attribute (its tables follow, ALTER TYPE ... CASCADE), a plain
-- table becomes typed (the attribute it lacks is added first), a typed one becomes plain.
CREATE TYPE address AS (street text, city text);
CREATE TABLE home OF address (PRIMARY KEY (street), city WITH OPTIONS DEFAULT 'Paris');
INSERT INTO home VALUES ('1 rue de Rivoli', 'Paris');
CREATE TABLE office (street text NOT NULL, city text);
CREATE TABLE depot OF address;
