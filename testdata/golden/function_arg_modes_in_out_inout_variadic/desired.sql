-- Argument modes: IN (default), OUT, INOUT, VARIADIC.
create function split_name(in full_name text, out first_name text, out last_name text)
language sql immutable
as $$
  select split_part(full_name, ' ', 1), split_part(full_name, ' ', 2)
$$;

create function increment(inout counter integer, step integer default 1)
language plpgsql
as $$
begin
  counter := counter + step;
end;
$$;

create function min_max(variadic nums numeric[], out lo numeric, out hi numeric)
language sql immutable
as $$ select min(n), max(n) from unnest(nums) as n $$;

create function concat_all(sep text, variadic parts text[]) returns text
language sql immutable
as $$ select array_to_string(parts, sep) $$;

-- unnamed arguments, referred to as $1, $2
create function mul(int, int) returns int language sql as 'select $1 * $2';

create function stats(vals int[], out n int, out total bigint, out mean numeric)
returns record
language sql
as $$ select count(*)::int, sum(v), avg(v) from unnest(vals) v $$;
