CREATE TABLE items (id integer PRIMARY KEY, name text, qty integer, note text);
CREATE VIEW items_v AS SELECT id, name, qty, note FROM items;
ALTER VIEW items_v ALTER COLUMN name SET DEFAULT 'anonymous';
ALTER VIEW items_v ALTER COLUMN note SET DEFAULT 'via view';
