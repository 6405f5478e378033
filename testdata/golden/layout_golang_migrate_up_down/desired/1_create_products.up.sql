CREATE TABLE IF NOT EXISTS products (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    price_cents int NOT NULL DEFAULT 0
);
