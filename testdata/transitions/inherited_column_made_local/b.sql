CREATE TABLE stamped (created_at timestamp DEFAULT now());
CREATE TABLE notes (body text) INHERITS (stamped);
ALTER TABLE notes ADD COLUMN revision integer;
