-- Extended statistics: kinds, columns in any order, an expression, a target, a comment; dropped
-- with a column they use, renamed with their table.
create table orders (id int primary key, city text, zip text, country text, placed_at timestamptz, total numeric);
create statistics orders_geo (dependencies, ndistinct) on zip, city from orders;
create statistics orders_all on country, city from orders;
create statistics orders_day on (date_trunc('day', placed_at)) from orders;
create statistics orders_mix (mcv) on country, (lower(city)) from orders;
alter statistics orders_geo set statistics 400;
comment on statistics orders_geo is 'zip decides city';
create schema stats;
create statistics stats.orders_total on total, country from orders;
create table scratch (a int, b int);
create statistics scratch_ab on a, b from scratch;
alter table scratch drop column b;
create table old_name (a int, b int);
create statistics old_name_ab on a, b from old_name;
alter table old_name rename to renamed;
alter table renamed rename column a to a2;
