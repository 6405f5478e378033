create type contact_info as (
    phone text,
    email text
);

create type geo_point as (lat float8, lon float8);

create type to_drop as (x int);

create table vendors (
    id serial primary key,
    name text,
    contact contact_info
);
