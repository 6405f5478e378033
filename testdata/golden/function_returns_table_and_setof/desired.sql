-- Set-returning functions: RETURNS TABLE, SETOF a table type, SETOF a base type, SETOF record.
create table products (
    id serial primary key,
    name text not null,
    price numeric(10,2) not null,
    category text
);

create function products_in(cat text)
returns table (product_id int, product_name text, price numeric)
language sql stable
as $$
  select id, name, price from products where category = cat order by id
$$;

create or replace function cheap_products(max_price numeric default 10)
returns setof products
language plpgsql stable
as $$
begin
  return query select * from products where price <= max_price;
end;
$$;

create function all_categories() returns setof text
language sql stable
as $$ select distinct category from products where category is not null $$;

create function price_bands(out band text, out n bigint)
returns setof record
language sql stable
as $$
  select case when price < 10 then 'low' when price < 100 then 'mid' else 'high' end, count(*)
  from products group by 1
$$;

create function series_squares(n int) returns table (i int, sq int)
language plpgsql immutable
as $$
begin
  for i in 1..n loop
    sq := i * i;
    return next;
  end loop;
end;
$$;
