-- The primary key moves to a column that does not exist yet, while the old key column and the
-- table whose foreign key references it go.
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE badges (account_id integer NOT NULL REFERENCES accounts (id), badge text NOT NULL);
