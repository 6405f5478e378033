create table public.profiles (
  id uuid primary key,
  username text unique,
  created_at timestamptz not null default now()
);
alter table public.profiles enable row level security;
