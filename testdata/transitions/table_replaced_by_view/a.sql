-- A table that a view reads; the desired schema moves its rows to a new table and keeps the old
-- name as a view, which the reading view now reads.
CREATE SCHEMA shop;
CREATE TABLE shop.items (id integer PRIMARY KEY, label text);
CREATE VIEW shop.item_labels AS SELECT id, label FROM shop.items;
