-- prod: the invoices migration was never applied
create table customers (
    id serial primary key,
    name text not null,
    email text not null unique,
    created_at timestamptz not null default now()
);

create index customers_created_at_idx on customers (created_at);
