CREATE TABLE orders (id integer PRIMARY KEY, qty integer, price numeric,
  total numeric GENERATED ALWAYS AS (qty * price) STORED,
  label text);
