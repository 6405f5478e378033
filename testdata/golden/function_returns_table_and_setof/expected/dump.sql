-- pgdrift catalog dump
CREATE SEQUENCE public.products_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.all_categories() RETURNS SETOF text LANGUAGE sql STABLE
    AS $function$ select distinct category from products where category is not null $function$;
CREATE OR REPLACE FUNCTION public.cheap_products(max_price numeric DEFAULT 10) RETURNS SETOF public.products LANGUAGE plpgsql STABLE
    AS $function$
begin
  return query select * from products where price <= max_price;
end;
$function$;
CREATE OR REPLACE FUNCTION public.price_bands(OUT band text, OUT n bigint) RETURNS SETOF record LANGUAGE sql STABLE
    AS $function$
  select case when price < 10 then 'low' when price < 100 then 'mid' else 'high' end, count(*)
  from products group by 1
$function$;
CREATE OR REPLACE FUNCTION public.products_in(cat text) RETURNS TABLE(product_id integer, product_name text, price numeric) LANGUAGE sql STABLE
    AS $function$
  select id, name, price from products where category = cat order by id
$function$;
CREATE OR REPLACE FUNCTION public.series_squares(n integer) RETURNS TABLE(i integer, sq integer) LANGUAGE plpgsql IMMUTABLE
    AS $function$
begin
  for i in 1..n loop
    sq := i * i;
    return next;
  end loop;
end;
$function$;
CREATE TABLE public.products (
    id integer DEFAULT (nextval('public.products_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    category text
);
ALTER TABLE public.products ADD CONSTRAINT products_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.products_id_seq OWNED BY public.products.id;
