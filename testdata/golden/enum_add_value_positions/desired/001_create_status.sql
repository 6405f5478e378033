create type order_status as enum ('pending', 'paid', 'shipped');

create table orders (
    id serial primary key,
    status order_status not null default 'pending'
);
