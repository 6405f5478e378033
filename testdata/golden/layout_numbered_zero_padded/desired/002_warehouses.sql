create table inventory.warehouses (id serial primary key, name text not null unique);
