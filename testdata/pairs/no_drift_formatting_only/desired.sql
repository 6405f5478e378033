create type order_status as enum ('new', 'paid', 'shipped', 'cancelled');

create table customers (
    id serial primary key,
    email varchar(200) not null unique,
    name text not null,
    score int default 0 check (score >= 0)
);

create table orders (
    id bigserial primary key,
    customer_id int not null references customers on delete restrict,
    status order_status not null default 'new',
    total numeric(10,2) not null check (total between 0 and 100000),
    note text default '',
    placed_at timestamptz not null default now()
);

create index orders_customer_id_idx on orders (customer_id);
create index orders_open_idx on orders (placed_at) where status in ('new', 'paid');

comment on table orders is 'One row per checkout';
