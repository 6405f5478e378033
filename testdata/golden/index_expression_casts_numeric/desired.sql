-- Expressions whose dumped form adds casts and parentheses.
create table orders (
    id int primary key,
    total numeric(12,2),
    qty int,
    placed_at timestamptz,
    customer text,
    meta jsonb
);

create index orders_big_idx on orders (id) where total > 10;
create index orders_double_idx on orders ((total * 2));
create index orders_qty_total_idx on orders ((qty * total));
create index orders_month_idx on orders (date_trunc('month', placed_at at time zone 'UTC'));
create index orders_customer_norm_idx on orders (lower(trim(customer)));
create index orders_meta_source_idx on orders ((meta ->> 'source'));
create index orders_meta_nested_idx on orders ((meta #>> '{shipping,country}'));
create index orders_recent_idx on orders (placed_at) where placed_at > '2024-01-01'::timestamptz and qty between 1 and 99;
