create table if not exists public.profiles (
  id uuid not null references auth.users on delete cascade,
  username text unique,
  avatar_url text,
  updated_at timestamptz default now(),
  primary key (id),
  constraint username_length check (char_length(username) >= 3)
);
