create table customers (
    id serial primary key,
    email text,
    full_name text,
    country char(2)
);

create table addresses (
    id serial primary key,
    customer_id int references customers (id) on delete cascade,
    line1 text,
    city text,
    postcode varchar(12)
);
