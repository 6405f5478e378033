-- migrate:up
create table sessions (
  id uuid primary key default gen_random_uuid(),
  user_id bigint not null references users on delete cascade,
  expires_at timestamptz not null
);
create index sessions_user_id_idx on sessions (user_id);

-- migrate:down
drop index sessions_user_id_idx;
drop table sessions;
