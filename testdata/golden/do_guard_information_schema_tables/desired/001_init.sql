create table if not exists customers (
    id bigserial primary key,
    name text not null
);
