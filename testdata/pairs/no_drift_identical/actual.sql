-- prod matches the migrations exactly
create type order_status as enum ('new', 'paid', 'shipped', 'cancelled');

create table customers (
    id serial primary key,
    email text not null unique,
    name text not null
);

create table orders (
    id bigserial primary key,
    customer_id int not null references customers (id) on delete restrict,
    status order_status not null default 'new',
    total numeric(10,2) not null check (total >= 0),
    placed_at timestamptz not null default now()
);

create index orders_customer_id_idx on orders (customer_id);
create index orders_open_idx on orders (placed_at) where status in ('new', 'paid');

comment on table orders is 'One row per checkout';
