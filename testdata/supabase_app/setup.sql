-- Stand-in for what the Supabase platform provides before any project migration runs.
-- Roles are cluster-wide: create them only if missing.
DO $$ BEGIN CREATE ROLE anon NOLOGIN NOINHERIT; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE authenticated NOLOGIN NOINHERIT; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

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
