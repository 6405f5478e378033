-- exists in every Supabase project before our migrations run; not ours to manage
create schema if not exists auth;
create table if not exists auth.users (
    id uuid primary key,
    email text
);
