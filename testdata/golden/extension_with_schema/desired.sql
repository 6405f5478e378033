-- Extensions installed into a dedicated schema (the Supabase convention), then used qualified.
create schema if not exists extensions;
create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists citext schema extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;

create table profiles (
    id uuid primary key default extensions.uuid_generate_v4(),
    handle extensions.citext not null,
    bio text
);

create unique index profiles_handle_key on profiles (handle);
create index profiles_bio_trgm on profiles using gist (bio extensions.gist_trgm_ops);
