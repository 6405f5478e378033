create table users (
    id bigserial primary key,
    email text not null unique
);

-- made by hand during a data migration; not in git
create table users_backup_20240301 (
    id bigint,
    email text,
    copied_at timestamptz default now()
);

create table feature_flags (
    name text primary key,
    enabled boolean not null default false
);
