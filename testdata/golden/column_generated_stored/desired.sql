-- Generated (stored) columns, with and without extra parentheses.
create table order_lines (
    id bigserial primary key,
    qty int not null,
    unit_price numeric(10,2) not null,
    discount numeric(4,3) not null default 0,
    total numeric(12,2) generated always as (qty * unit_price) stored,
    net numeric GENERATED ALWAYS AS ((qty * unit_price) * (1 - discount)) STORED
);

create table people (
    id int primary key,
    first_name text not null,
    last_name text not null,
    full_name text generated always as (first_name || ' ' || last_name) stored,
    search tsvector generated always as (to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) stored
);
