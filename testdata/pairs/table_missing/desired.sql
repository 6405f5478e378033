create table customers (
    id serial primary key,
    name text not null,
    email text not null unique,
    created_at timestamptz not null default now()
);

create index customers_created_at_idx on customers (created_at);

create table invoices (
    id bigserial primary key,
    customer_id int not null references customers (id) on delete restrict,
    number varchar(32) not null unique,
    amount numeric(12,2) not null check (amount >= 0),
    issued_on date not null default current_date,
    paid_at timestamptz
);

create index invoices_customer_id_idx on invoices (customer_id);
