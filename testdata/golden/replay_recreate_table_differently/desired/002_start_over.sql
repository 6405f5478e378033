drop table profiles;
create table profiles (
    user_id uuid primary key default gen_random_uuid(),
    handle text not null,
    created_at timestamptz default now(),
    constraint profiles_handle_key unique (handle)
);
