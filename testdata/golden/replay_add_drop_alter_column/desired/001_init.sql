create table customers (
    id serial primary key,
    name varchar(100) not null,
    fax text,
    tier text default 'basic'
);
