create table stock_levels (
    id serial primary key,
    warehouse text not null,
    sku text not null,
    quantity int not null,
    reorder_at int,
    unique (warehouse, sku)
);
