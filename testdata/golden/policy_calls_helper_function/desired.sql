-- Policies that call a SECURITY DEFINER helper (avoids recursive RLS on the membership table).
create table teams (
    id bigserial primary key,
    name text not null
);

create table team_members (
    team_id bigint not null references teams(id) on delete cascade,
    member text not null,
    role text not null default 'member',
    primary key (team_id, member)
);

create function is_team_member(p_team bigint) returns boolean
language sql stable security definer
set search_path = public
as $$
  select exists (select 1 from team_members where team_id = p_team and member = current_user)
$$;

create function has_team_role(p_team bigint, p_role text) returns boolean
language sql stable security definer set search_path = public
as $$
  select exists (select 1 from team_members
                 where team_id = p_team and member = current_user and role = p_role)
$$;

alter table teams enable row level security;
alter table team_members enable row level security;

create policy teams_members_read on teams for select to authenticated
  using (is_team_member(id));

create policy teams_admin_update on teams for update to authenticated
  using (public.has_team_role(id, 'admin'))
  with check (has_team_role(id, 'admin'));

create policy team_members_read on team_members for select
  using (is_team_member(team_id));
