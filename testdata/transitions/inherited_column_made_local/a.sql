-- A column the child inherits is dropped from the parent (and so from the child), while the
-- desired child keeps a column of that name of its own.
CREATE TABLE stamped (created_at timestamp DEFAULT now(), revision integer);
CREATE TABLE notes (body text) INHERITS (stamped);
