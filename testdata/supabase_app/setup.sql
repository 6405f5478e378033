-- Stand-in for what the Supabase platform provides before any project migration runs.
\ir roles.sql

create schema if not exists auth;

create table if not exists auth.users (
    id uuid not null primary key,
    email varchar(255),
    raw_user_meta_data jsonb,
    created_at timestamptz default now(),
    updated_at timestamptz
);

create or replace function auth.uid() returns uuid
language sql stable
as $$ select '00000000-0000-0000-0000-000000000000'::uuid $$;

create or replace function auth.role() returns text
language sql stable
as $$ select 'authenticated'::text $$;

grant usage on schema auth to anon, authenticated, service_role;

-- Storage: buckets and the objects in them; who may read and write which file is decided by the
-- project's policies on storage.objects (RLS is on, as the platform has it).
create schema if not exists storage;

create table if not exists storage.buckets (
    id text not null primary key,
    name text not null,
    owner uuid,
    created_at timestamptz default now(),
    updated_at timestamptz default now(),
    public boolean default false
);

create table if not exists storage.objects (
    id uuid not null default gen_random_uuid() primary key,
    bucket_id text references storage.buckets (id),
    name text,
    owner uuid,
    created_at timestamptz default now(),
    updated_at timestamptz default now(),
    last_accessed_at timestamptz default now(),
    metadata jsonb,
    path_tokens text[] generated always as (string_to_array(name, '/')) stored
);
alter table storage.objects enable row level security;

create or replace function storage.foldername(name text) returns text[]
language plpgsql
as $$
begin
  return (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1];
end
$$;

-- A trigger the platform itself puts on its table: never the project's.
create or replace function storage.update_updated_at_column() returns trigger
language plpgsql
as $$
begin
  new.updated_at = now();
  return new;
end
$$;
create trigger update_objects_updated_at before update on storage.objects
  for each row execute function storage.update_updated_at_column();

grant usage on schema storage to anon, authenticated, service_role;
grant all on storage.objects, storage.buckets to anon, authenticated, service_role;
