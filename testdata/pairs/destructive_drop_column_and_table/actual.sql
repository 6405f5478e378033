create table users (
    id bigserial primary key,
    email text not null unique,
    legacy_password_md5 char(32),
    created_at timestamptz not null default now()
);

create table old_sessions (
    token text primary key,
    user_id bigint not null references users (id),
    created_at timestamptz not null default now()
);
