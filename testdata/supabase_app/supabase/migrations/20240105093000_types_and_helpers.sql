-- Shared types and the updated_at trigger function used by every table.
create type public.member_role as enum ('owner', 'admin', 'member', 'viewer');
create type public.task_status as enum ('todo', 'in_progress', 'blocked', 'done');

create or replace function public.handle_updated_at()
returns trigger
language plpgsql
as $$
begin
  new.updated_at = now();
  return new;
end;
$$;
