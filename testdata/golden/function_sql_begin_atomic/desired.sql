-- SQL-standard bodies (PostgreSQL 14+): parsed at creation, stored as a parse tree.
create table orders (
    id bigserial primary key,
    customer text not null,
    total numeric(10,2) not null default 0,
    status text not null default 'new'
);

create function order_count(c text) returns bigint
language sql stable
begin atomic
  select count(*) from orders where customer = c;
end;

create function add_tax(amount numeric) returns numeric
language sql immutable
return round(amount * 1.2, 2);

create function close_order(p_id bigint) returns void
language sql
begin atomic
  update orders set status = 'closed' where id = p_id;
end;

create procedure archive_closed()
language sql
begin atomic
  delete from orders where status = 'closed';
end;
