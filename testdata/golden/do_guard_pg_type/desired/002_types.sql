-- the classic "create type if not exists" idiom; the exception form too
do $$
begin
  if not exists (select 1 from pg_type where typname = 'ticket_status') then
    create type ticket_status as enum ('open', 'pending', 'closed');
  end if;
  if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                 where n.nspname = 'public' and t.typname = 'ticket_priority') then
    create type ticket_priority as enum ('low', 'normal', 'high');
  end if;
end $$;

-- expected-warning@+1 {{W201}}
do $$ begin
  create type ticket_status as enum ('x');
exception
  when duplicate_object then null;
end $$;

do $$ begin
  create domain ticket_title as text check (length(value) <= 120);
exception when duplicate_object then null;
end $$;

create table tickets (
    id bigserial primary key,
    status ticket_status not null default 'open',
    priority ticket_priority not null default 'normal',
    title ticket_title
);
