-- someone created these as text in a hurry
create table stock_levels (
    id serial primary key,
    warehouse text not null,
    sku text not null,
    quantity text not null,
    reorder_at text,
    unique (warehouse, sku)
);
