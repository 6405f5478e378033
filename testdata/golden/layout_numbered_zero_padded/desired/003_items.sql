create table inventory.items (
    id serial primary key,
    sku varchar(32) not null unique,
    name text not null
);
