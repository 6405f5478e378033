create table customers (
    id bigserial primary key,
    email text not null unique,
    name text not null
);
