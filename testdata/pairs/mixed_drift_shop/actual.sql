-- production as of last Tuesday (hand-edited over two years)
create type order_status as enum ('cart', 'placed', 'paid', 'shipped', 'delivered');

create sequence order_number_seq start 100000 increment 1;

create table customers (
    id bigserial primary key,
    email text not null unique,
    full_name text not null,
    marketing_opt_in boolean not null default false,
    created_at timestamptz not null default now(),
    old_crm_id varchar(20)
);

comment on column customers.email is 'used for login';

create table addresses (
    id bigserial primary key,
    customer_id bigint not null references customers (id) on delete cascade,
    line1 text not null,
    line2 text,
    city text not null,
    postcode varchar(16),
    country char(2)
);

create table categories (
    id serial primary key,
    parent_id int,
    name text not null,
    slug text not null unique
);

create table products (
    id bigserial primary key,
    category_id int references categories (id),
    name text not null,
    description text not null default '',
    price numeric(10,2) not null check (price >= 0),
    active boolean not null default true,
    created_at timestamptz not null default now()
);

create index products_category_active_idx on products (category_id) where active;
create index products_name_idx on products (lower(name));

create table product_variants (
    id bigserial primary key,
    product_id bigint not null references products (id) on delete cascade,
    sku varchar(40) not null,
    size varchar(10),
    color text
);

create table inventory (
    variant_id bigint primary key references product_variants (id) on delete cascade,
    quantity text not null default '0',
    updated_at timestamptz not null default now()
);

create table orders (
    id bigserial primary key,
    number bigint not null default nextval('order_number_seq') unique,
    customer_id bigint not null references customers (id),
    status order_status not null default 'cart',
    total numeric(10,2) not null default 0,
    shipping_address_id bigint references addresses (id),
    placed_at timestamptz
);

create index orders_customer_idx on orders (customer_id);
create index orders_status_idx on orders (status) where status <> 'delivered';

create table order_items (
    id bigserial primary key,
    order_id bigint not null references orders (id) on delete cascade,
    variant_id bigint not null references product_variants (id),
    quantity int not null check (quantity > 0),
    unit_price numeric(12,2) not null
);

create table payments (
    id serial primary key,
    order_id bigint not null references orders (id),
    provider text not null,
    amount numeric(12,2) not null,
    captured_at timestamptz
);

create table shipments (
    id bigserial primary key,
    order_id bigint not null references orders (id),
    carrier text not null,
    tracking_no text,
    shipped_at timestamptz
);

create table reviews (
    id bigserial primary key,
    product_id bigint not null references products (id) on delete cascade,
    customer_id bigint not null references customers (id),
    rating smallint not null,
    body text,
    constraint reviews_rating_check check (rating between 1 and 10),
    unique (product_id, customer_id)
);
