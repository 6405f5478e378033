CREATE TABLE IF NOT EXISTS orders (
    id bigserial PRIMARY KEY,
    product_id int NOT NULL REFERENCES products (id),
    quantity int NOT NULL CHECK (quantity > 0)
);
