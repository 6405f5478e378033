create table projects (
    id bigserial primary key,
    owner_name text not null,
    team text,
    visibility text not null default 'private'
);

alter table projects enable row level security;

create policy projects_read on projects for select using (owner_name = current_user);
create policy projects_write on projects for update using (owner_name = current_user);
create policy projects_old_name on projects for delete using (false);
