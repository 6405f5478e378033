-- Table privileges granted and partly revoked; PUBLIC and WITH GRANT OPTION.
create table products (id serial primary key, name text not null, price numeric(10,2));
create table orders (id serial primary key, product_id int references products(id), qty int);
create view product_names as select id, name from products;

grant select on products to app_readonly;
grant select, insert, update, delete on table orders to app_writer;
grant select on products, orders to app_writer;
grant all privileges on products to app_owner with grant option;
grant select on product_names to public;
grant select on table product_names to anon, authenticated;

revoke delete on orders from app_writer;
revoke grant option for all on products from app_owner;
revoke truncate, references, trigger on products from app_owner;
revoke all on orders from public;
