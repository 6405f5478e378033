-- sku compares byte-wise; names sort the way people expect (ICU)
create table products (
    id serial primary key,
    sku varchar(32) collate "C" not null,
    name text collate "en-x-icu" not null,
    tags text[] not null default '{}'
);

create unique index products_sku_idx on products (sku);
