-- Supabase-managed schemas that exist before any project migration.
create schema if not exists auth;
create table if not exists auth.users (id uuid primary key, email text);
create schema if not exists storage;
create table if not exists storage.buckets (id text primary key, name text not null);
