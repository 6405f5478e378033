-- A table without columns (its rows still count) is dropped; the rollback brings it back.
CREATE TABLE markers ();
CREATE TABLE kept (id integer);
