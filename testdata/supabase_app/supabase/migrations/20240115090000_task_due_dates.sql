-- This migration was first applied by hand on prod, so it is written to be re-runnable.
do $$
begin
  if not exists (
    select 1 from information_schema.columns
    where table_schema = 'public' and table_name = 'tasks' and column_name = 'due_date'
  ) then
    alter table public.tasks add column due_date date;
  end if;

  if not exists (
    select 1 from information_schema.columns
    where table_schema = 'public' and table_name = 'tasks' and column_name = 'priority'
  ) then
    alter table public.tasks add column priority smallint not null default 3;
  end if;

  if not exists (select 1 from pg_constraint where conname = 'tasks_priority_range') then
    alter table public.tasks
      add constraint tasks_priority_range check (priority between 1 and 5);
  end if;
end
$$;
