-- Same name, different argument types: three distinct functions.
create function area(r double precision) returns double precision
language sql immutable
as $$ select pi() * r * r $$;

create function area(w double precision, h double precision) returns double precision
language sql immutable
as $$ select w * h $$;

create function area(b box) returns double precision
language sql immutable
as $$ select area(b) $$;

create function to_label(v int) returns text language sql as $$ select 'int:' || v $$;
create function to_label(v bigint) returns text language sql as $$ select 'bigint:' || v $$;
create function to_label(v text) returns text language sql as $$ select 'text:' || v $$;
create function to_label(v int[]) returns text language sql as $$ select 'array:' || array_length(v, 1) $$;

-- replacing one overload leaves the others alone
create or replace function to_label(v text) returns text language sql as $$ select 'string:' || v $$;
