CREATE TABLE products (id integer PRIMARY KEY, name text, price numeric);
CREATE VIEW cheap_products AS SELECT id, name, price FROM products WHERE price < 10;
CREATE VIEW cheap_names AS SELECT name FROM cheap_products;
CREATE VIEW cheap_name_count AS SELECT count(*) AS n FROM cheap_names;
