-- The contrib extensions Supabase-style projects use most, and columns/indexes that need them.
create extension if not exists pgcrypto;
create extension if not exists citext;
create extension if not exists "uuid-ossp";
CREATE EXTENSION IF NOT EXISTS pg_trgm;
create extension btree_gist;

create table users (
    id uuid primary key default uuid_generate_v4(),
    email citext not null unique,
    api_key text not null default encode(gen_random_bytes(24), 'hex'),
    display_name text
);

create index users_display_name_trgm_idx on users using gin (display_name gin_trgm_ops);
