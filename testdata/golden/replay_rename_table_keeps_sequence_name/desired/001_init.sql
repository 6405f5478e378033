create table clients (
    id serial primary key,
    name text unique,
    account_no bigserial
);
create index clients_name_lower_idx on clients (lower(name));
