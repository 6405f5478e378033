-- pgdrift catalog dump
CREATE TABLE public.products (
    id integer NOT NULL,
    price numeric(10,2) NOT NULL,
    discount_pct integer,
    size text,
    status character varying(20) DEFAULT ('draft'),
    sku text,
    name text,
    weight_kg real,
    rating smallint,
    starts_on date,
    ends_on date,
    is_active boolean
);
ALTER TABLE public.products ADD CONSTRAINT products_check CHECK (starts_on < ends_on);
ALTER TABLE public.products ADD CONSTRAINT products_dates_2020s CHECK (starts_on BETWEEN '2020-01-01' AND '2029-12-31');
ALTER TABLE public.products ADD CONSTRAINT products_discount_pct_check CHECK (discount_pct BETWEEN 0 AND 100);
ALTER TABLE public.products ADD CONSTRAINT products_is_active_check CHECK (is_active);
ALTER TABLE public.products ADD CONSTRAINT products_name_check CHECK (char_length(name) <= 200 AND name <> '');
ALTER TABLE public.products ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price >= 0);
ALTER TABLE public.products ADD CONSTRAINT products_price_or_discount CHECK (price > 0 OR discount_pct = 100);
ALTER TABLE public.products ADD CONSTRAINT products_rating_range CHECK (rating >= 1 AND rating <= 5);
ALTER TABLE public.products ADD CONSTRAINT products_size_check CHECK (size IN ('S', 'M', 'L', 'XL'));
ALTER TABLE public.products ADD CONSTRAINT products_sku_check CHECK (sku ~ '^[A-Z]{3}-[0-9]+$');
ALTER TABLE public.products ADD CONSTRAINT products_status_check CHECK (status IN ('draft', 'active', 'retired'));
ALTER TABLE public.products ADD CONSTRAINT products_weight_kg_check CHECK (weight_kg NOT BETWEEN -1 AND 0);
