create table orders (
    id bigserial primary key,
    customer_email text not null,
    placed_at timestamptz not null default now()
);
