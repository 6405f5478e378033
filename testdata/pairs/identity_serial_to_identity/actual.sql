create table customers (
    id serial primary key,
    name text not null
);

create table orders (
    id bigserial primary key,
    customer_id int not null references customers (id),
    total numeric(10,2) not null
);
