create table products (
    id serial primary key,
    name text not null,
    price numeric(10,2) not null
);
