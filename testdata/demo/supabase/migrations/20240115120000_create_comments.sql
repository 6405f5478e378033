create table if not exists comments (
  id bigserial primary key,
  task_id int not null references tasks(id) on delete cascade,
  author_id uuid references auth.users(id),
  body text not null check (length(body) > 0),
  created_at timestamptz not null default now()
);

create index comments_task_id_created_at_idx on comments (task_id, created_at);
