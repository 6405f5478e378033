create table products (
    id serial primary key,
    sku varchar(40) not null unique,
    price numeric(10,2) not null check (price >= 0),
    weight_kg numeric(6,3)
);

create table order_lines (
    id serial primary key,
    product_id int not null references products (id),
    quantity int not null,
    line_total numeric(10,2) not null
);
