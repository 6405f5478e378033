-- A view gains a column (CREATE OR REPLACE VIEW) while another view reads it. The rollback
-- cannot replace it back (PostgreSQL does not drop a view's columns that way), so it makes it
-- again: the view that reads it goes with it and comes back as it was.
CREATE TABLE products (id integer PRIMARY KEY, name text, price numeric);
CREATE VIEW cheap_products AS SELECT id, name FROM products WHERE price < 10;
CREATE VIEW cheap_names AS SELECT name FROM cheap_products;
CREATE VIEW cheap_name_count AS SELECT count(*) AS n FROM cheap_names;
