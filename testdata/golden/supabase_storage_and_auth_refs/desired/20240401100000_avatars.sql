create extension if not exists pgcrypto;

create table public.avatars (
  id uuid primary key default gen_random_uuid(),
  owner uuid not null references auth.users on delete cascade,
  bucket_id text not null default 'avatars' references storage.buckets (id),
  object_path text not null,
  created_at timestamptz default now(),
  unique (bucket_id, object_path)
);
