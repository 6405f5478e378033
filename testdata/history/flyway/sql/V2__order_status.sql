create type order_status as enum ('new', 'paid', 'shipped');
alter table orders add column status order_status not null default 'new';
