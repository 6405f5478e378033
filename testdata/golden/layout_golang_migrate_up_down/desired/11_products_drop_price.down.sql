ALTER TABLE products DROP COLUMN price;
ALTER TABLE products ADD COLUMN price_cents int NOT NULL DEFAULT 0;
