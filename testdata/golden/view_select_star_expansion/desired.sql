-- SELECT * is expanded when the view is created; later columns are not picked up.
create table products (
    id serial primary key,
    sku text not null,
    name text not null,
    price numeric(10,2)
);

create view all_products as select * from products;

create view products_and_extra as
  select p.*, upper(p.name) as name_upper
  from products p;

-- added after the views: not part of either view
alter table products add column discontinued boolean not null default false;
