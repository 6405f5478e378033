create table invoices (
  id bigint generated always as identity primary key,
  order_id bigint not null references orders (id),
  issued_on date not null default current_date
);
