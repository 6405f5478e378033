CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW product_names AS SELECT id, name FROM products;
