create table products (
    id serial primary key,
    name text not null,
    price numeric(10,2) not null,
    -- added by hand for a one-off export
    export_batch int,
    notes text default ''
);
