alter policy projects_read on projects
  using (owner_name = current_user or visibility = 'public');

alter policy projects_write on projects
  to authenticated
  using (owner_name = current_user)
  with check (owner_name = current_user and visibility in ('private', 'team'));

alter policy projects_old_name on projects rename to projects_delete;
alter policy projects_delete on projects using (owner_name = current_user);
