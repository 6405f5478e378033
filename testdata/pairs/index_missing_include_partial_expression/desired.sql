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

-- covering index for the dashboard query
create index orders_status_created_idx on orders (status, created_at desc) include (total);

-- only live rows are ever looked up by date
create index orders_live_created_idx on orders (created_at) where deleted_at is null;

-- case-insensitive lookups
create index orders_lower_email_idx on orders (lower(email));

create index orders_open_recent_idx on orders (customer_id, created_at desc nulls last)
    where status in ('open', 'pending') and deleted_at is null;
