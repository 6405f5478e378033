create schema util;

create function slugify(s text) returns text
language sql immutable
as $$ select regexp_replace(lower(trim(s)), '[^a-z0-9]+', '-', 'g') $$;

create function old_name(x int) returns int
language sql
as $$ select x + 1 $$;

create function tax_rate() returns numeric language sql as $$ select 0.2 $$;

create procedure refresh_all() language plpgsql as $$ begin raise notice 'refresh'; end $$;
