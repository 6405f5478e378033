-- Volatility and null-input behaviour, explicit defaults included.
create function double_it(x int) returns int
language sql immutable strict
as $$ select x * 2 $$;

create function today_utc() returns date
language sql stable
as $$ select (now() at time zone 'utc')::date $$;

create function random_code() returns text
language sql volatile
as $$ select substr(md5(random()::text), 1, 8) $$;

create function safe_div(a numeric, b numeric) returns numeric
language sql immutable returns null on null input
as $$ select case when b = 0 then null else a / b end $$;

create function coalesce_name(n text) returns text
language sql called on null input
as $$ select coalesce(n, 'anonymous') $$;

create function is_positive(x numeric) returns boolean
language sql immutable leakproof strict
as $$ select x > 0 $$;

create function uses_everything_default(x int) returns int
language plpgsql volatile called on null input security invoker
as $$ begin return x; end $$;
