-- A policy nobody committed.
-- expect: extra policy app.projects.projects_delete
create policy projects_delete on app.projects for delete using (archived);
