-- legacy_password_md5 and old_sessions were dropped by a migration;
-- prod still has them (and their rows)
create table users (
    id bigserial primary key,
    email text not null unique,
    created_at timestamptz not null default now()
);
