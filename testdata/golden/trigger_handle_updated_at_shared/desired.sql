-- One trigger function shared by many tables (the Supabase/moddatetime pattern).
create or replace function public.handle_updated_at()
returns trigger
language plpgsql
as $$
begin
  new.updated_at = now();
  return new;
end;
$$;

create table customers (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table invoices (
  id bigint generated always as identity primary key,
  customer_id uuid not null references customers(id),
  amount_cents bigint not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table settings (
  key text primary key,
  value jsonb,
  updated_at timestamptz
);

create trigger handle_updated_at before update on customers
  for each row execute procedure handle_updated_at();
create trigger handle_updated_at before update on invoices
  for each row execute procedure handle_updated_at();
create trigger on_settings_updated before insert or update on public.settings
  for each row execute function public.handle_updated_at();
