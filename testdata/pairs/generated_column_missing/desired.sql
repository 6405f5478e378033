create table line_items (
    id bigserial primary key,
    order_id bigint not null,
    unit_price_cents int not null,
    quantity int not null check (quantity > 0),
    tax_rate numeric(5,4) not null default 0.2000,
    subtotal_cents bigint generated always as (unit_price_cents::bigint * quantity) stored,
    tax_cents numeric generated always as (round(unit_price_cents * quantity * tax_rate)) stored
);

create table people (
    id serial primary key,
    first_name text not null,
    last_name text not null,
    full_name text generated always as (first_name || ' ' || last_name) stored
);

create index people_full_name_idx on people (full_name);
