-- Joins of every kind, table and column aliases.
create table customers (id serial primary key, name text not null, country text);
create table orders (
    id serial primary key,
    customer_id int references customers(id),
    total numeric(10,2) not null default 0,
    placed_at timestamptz not null default now()
);
create table order_lines (
    order_id int references orders(id),
    line_no int,
    sku text,
    qty int not null,
    primary key (order_id, line_no)
);

create view order_summary as
select o.id as order_id,
       c.name customer_name,
       o.total,
       count(l.line_no) as lines
from orders o
join customers c on c.id = o.customer_id
left join order_lines l on l.order_id = o.id
group by o.id, c.name, o.total;

create view customers_without_orders as
select c.*
from customers c
left outer join orders o using (id)
where o.id is null;

create view customer_country_pairs as
select a.name as a_name, b.name as b_name
from customers a cross join customers b
where a.country = b.country and a.id < b.id;

create view lines_natural as
select order_id, sku, qty from order_lines natural join (select id as order_id, total from orders) t;
