create table inventory.stock (
    warehouse_id int references inventory.warehouses,
    item_id int references inventory.items,
    qty int not null default 0 check (qty >= 0),
    primary key (warehouse_id, item_id)
);
