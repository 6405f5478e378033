ALTER TABLE products DROP COLUMN price_cents;
ALTER TABLE products ADD COLUMN price numeric(10,2);
