-- CHECK constraints in their usual spellings.
create table products (
    id int primary key,
    price numeric(10,2) not null check (price >= 0),
    discount_pct int check (discount_pct between 0 and 100),
    size text check (size in ('S', 'M', 'L', 'XL')),
    status varchar(20) default 'draft' CHECK (status IN ('draft','active','retired')),
    sku text check (sku ~ '^[A-Z]{3}-[0-9]+$'),
    name text check (char_length(name) <= 200 and name <> ''),
    weight_kg real check (weight_kg not between -1 and 0),
    rating smallint constraint products_rating_range check ((rating >= 1) and (rating <= 5)),
    starts_on date,
    ends_on date,
    is_active bool check (is_active),
    check (starts_on < ends_on),
    constraint products_price_or_discount check (price > 0 or discount_pct = 100),
    CONSTRAINT products_dates_2020s CHECK (starts_on BETWEEN '2020-01-01' AND '2029-12-31')
);
