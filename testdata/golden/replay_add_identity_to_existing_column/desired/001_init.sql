create table products (
    id int not null,
    sku text not null,
    constraint products_pkey primary key (id)
);
create table vendors (id bigint primary key, name text);
