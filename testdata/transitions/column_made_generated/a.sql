-- A plain column becomes generated (PostgreSQL 15 cannot convert it: its data goes to a backup,
-- the column is made again), a generated one becomes plain (DROP EXPRESSION).
CREATE TABLE orders (id integer PRIMARY KEY, qty integer, price numeric,
  total numeric,
  label text GENERATED ALWAYS AS ('order ' || id::text) STORED);
