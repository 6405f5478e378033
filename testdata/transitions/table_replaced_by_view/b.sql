CREATE SCHEMA shop;
CREATE TABLE shop.items_v2 (id integer PRIMARY KEY, label text, archived boolean DEFAULT false);
CREATE VIEW shop.items AS SELECT id, label FROM shop.items_v2 WHERE NOT archived;
CREATE VIEW shop.item_labels AS SELECT id, label FROM shop.items;
