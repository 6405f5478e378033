-- present in every Supabase project; not managed by our migrations
create schema if not exists auth;
create table if not exists auth.users (
    id uuid primary key,
    email text,
    created_at timestamptz default now()
);
