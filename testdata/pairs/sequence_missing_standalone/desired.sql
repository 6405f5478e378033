-- human-facing order numbers, shared by orders and manual quotes
create sequence order_number_seq
    as bigint
    increment by 1
    minvalue 100000
    maxvalue 999999999
    start with 100000
    cache 1
    no cycle;

create sequence quote_number_seq start 500 increment by 10;

create table orders (
    id bigserial primary key,
    customer_email text not null,
    placed_at timestamptz not null default now(),
    order_number bigint default nextval('order_number_seq')
);
