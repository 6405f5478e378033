create table products (
    id serial primary key,
    name text not null,
    price numeric(10,2) not null,
    discount_pct int not null default 0,
    status text not null default 'draft'
);
