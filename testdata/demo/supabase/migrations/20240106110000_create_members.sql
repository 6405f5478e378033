create table if not exists members (
  organization_id uuid not null references organizations(id) on delete cascade,
  user_id uuid not null references auth.users(id) on delete cascade,
  role member_role not null default 'member',
  invited_email varchar(255),
  joined_at timestamptz default now(),
  primary key (organization_id, user_id)
);

create index members_user_id_idx on members (user_id);
