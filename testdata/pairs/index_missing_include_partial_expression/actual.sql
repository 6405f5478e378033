create table orders (
    id bigserial primary key,
    customer_id bigint not null,
    status text not null default 'open',
    total numeric(12,2) not null,
    email text not null,
    created_at timestamptz not null default now(),
    deleted_at timestamptz
);

create index orders_customer_id_idx on orders (customer_id);
