create table orders (
  id bigint generated always as identity primary key,
  customer_id bigint not null references customers (id),
  total numeric(12, 2) not null default 0
);
