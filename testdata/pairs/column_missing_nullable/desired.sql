create table users (
    id bigserial primary key,
    email text not null unique,
    display_name text,
    created_at timestamptz not null default now(),
    last_login_at timestamptz,
    phone varchar(32),
    tags text[]
);
