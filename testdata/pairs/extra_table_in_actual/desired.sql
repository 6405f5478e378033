create table users (
    id bigserial primary key,
    email text not null unique
);

create table feature_flags (
    name text primary key,
    enabled boolean not null default false
);
