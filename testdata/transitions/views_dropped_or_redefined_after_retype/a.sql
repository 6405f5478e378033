-- Two views read a column that is retyped: one of them is no longer desired, the other is
-- desired with a new query that no longer names a dropped column.
CREATE TABLE products (id integer PRIMARY KEY, name varchar(10) NOT NULL, legacy text);
CREATE VIEW product_names AS SELECT id, name, legacy FROM products;
CREATE MATERIALIZED VIEW product_snapshot AS SELECT * FROM products;
