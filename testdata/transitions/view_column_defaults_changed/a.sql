-- Column defaults of a view: one changes, one goes, one comes, and the view is redefined
-- (CREATE OR REPLACE keeps the defaults of the columns that stay).
CREATE TABLE items (id integer PRIMARY KEY, name text, qty integer, note text);
CREATE VIEW items_v AS SELECT id, name, qty FROM items;
ALTER VIEW items_v ALTER COLUMN name SET DEFAULT 'unnamed';
ALTER VIEW items_v ALTER COLUMN qty SET DEFAULT 1;
