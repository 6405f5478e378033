-- A view gains a column (CREATE OR REPLACE VIEW) while another view reads it. The rollback
-- cannot replace it back (PostgreSQL does not drop a view's columns that way), so it makes it
-- again: what reads it (a view and the view reading that, a SQL-standard function, a policy)
-- goes with it and comes back as it was, with its privileges and comments.
CREATE TABLE products (id integer PRIMARY KEY, name text, price numeric);
CREATE VIEW cheap_products AS SELECT id, name FROM products WHERE price < 10;
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
