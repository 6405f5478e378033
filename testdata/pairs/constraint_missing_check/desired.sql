create table products (
    id serial primary key,
    name text not null,
    price numeric(10,2) not null check (price >= 0),
    discount_pct int not null default 0,
    status text not null default 'draft',
    constraint products_discount_pct_range check (discount_pct between 0 and 90),
    constraint products_status_check check (status in ('draft', 'active', 'retired')),
    constraint products_name_not_blank check (length(trim(name)) > 0)
);
