create table if not exists tasks (
  id serial primary key,
  project_id uuid not null references projects(id) on delete cascade,
  title text not null,
  status text not null default 'todo' check (status in ('todo', 'doing', 'done')),
  priority int not null default 3 check (priority between 1 and 5),
  assignee_id uuid references auth.users(id) on delete set null,
  estimate_hours int,
  legacy_ref text,
  due_on date,
  created_at timestamptz not null default now()
);

create index tasks_project_status_idx on tasks (project_id, status);
create index tasks_assignee_open_idx on tasks (assignee_id) where status <> 'done';
