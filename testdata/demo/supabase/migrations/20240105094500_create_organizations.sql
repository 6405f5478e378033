create table if not exists organizations (
  id uuid primary key default gen_random_uuid(),
  slug varchar(64) not null unique,
  name text not null,
  plan text not null default 'free' check (plan in ('free', 'pro', 'enterprise')),
  settings jsonb not null default '{}'::jsonb,
  created_by uuid references auth.users(id) on delete set null,
  created_at timestamptz not null default now()
);
