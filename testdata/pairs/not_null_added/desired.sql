create table customers (
    id serial primary key,
    email text not null,
    full_name text not null,
    country char(2)
);

create table addresses (
    id serial primary key,
    customer_id int not null references customers (id) on delete cascade,
    line1 text not null,
    city text not null,
    postcode varchar(12)
);
