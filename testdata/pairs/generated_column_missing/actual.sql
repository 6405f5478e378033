create table line_items (
    id bigserial primary key,
    order_id bigint not null,
    unit_price_cents int not null,
    quantity int not null check (quantity > 0),
    tax_rate numeric(5,4) not null default 0.2000
);

create table people (
    id serial primary key,
    first_name text not null,
    last_name text not null
);
