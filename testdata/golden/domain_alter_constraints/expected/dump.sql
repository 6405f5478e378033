-- pgdrift catalog dump
CREATE DOMAIN public.product_code AS text NOT NULL CONSTRAINT sku_code_format CHECK (value ~ '^[A-Z]{3}-[0-9]{4}$');
CREATE DOMAIN public.quantity AS integer CONSTRAINT quantity_check CHECK (value < 1000000) CONSTRAINT quantity_max CHECK (value <= 100000);
CREATE DOMAIN public.rating AS smallint CONSTRAINT rating_between_1_and_5 CHECK (value BETWEEN 1 AND 5);
CREATE TABLE public.stock (
    sku public.product_code NOT NULL,
    qty public.quantity DEFAULT (0) NOT NULL,
    score public.rating
);
ALTER TABLE public.stock ADD CONSTRAINT stock_pkey PRIMARY KEY (sku);
