CREATE TABLE products (id integer PRIMARY KEY, name text, price numeric);
CREATE VIEW cheap_products AS SELECT id, name, price FROM products WHERE price < 10;
CREATE VIEW cheap_names AS SELECT name FROM cheap_products;
CREATE VIEW cheap_name_count AS SELECT count(*) AS n FROM cheap_names;
CREATE FUNCTION cheap_count() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT count(*) FROM cheap_products;
END;
CREATE TABLE orders (id integer PRIMARY KEY, product integer);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_cheap ON orders USING (product IN (SELECT id FROM cheap_products));
-- what the readers carry comes back with them: privileges and comments
GRANT SELECT ON cheap_names, cheap_name_count TO PUBLIC;
REVOKE EXECUTE ON FUNCTION cheap_count() FROM PUBLIC;
COMMENT ON VIEW cheap_names IS 'names of the cheap products';
