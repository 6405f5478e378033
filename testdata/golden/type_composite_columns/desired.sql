-- Composite types used as columns, arrays of them, function arguments and results.
create type address as (
    street text,
    city text,
    postal_code varchar(10),
    country char(2)
);

create type money_amount as (amount numeric(12,2), currency text);

create type pair as (a int, b text);

create table companies (
    id serial primary key,
    name text not null,
    hq address,
    branches address[],
    revenue money_amount default row(0, 'EUR')::money_amount
);

create function company_city(c companies) returns text
language sql immutable
as $$ select (c.hq).city $$;

create function make_pair(x int, y text) returns pair
language sql immutable
as $$ select row(x, y)::pair $$;
