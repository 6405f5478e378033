create table products (
    id serial primary key,
    sku varchar(32) not null,
    name text not null,
    tags text[] not null default '{}'
);

create unique index products_sku_idx on products (sku);
