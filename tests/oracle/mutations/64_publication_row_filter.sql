-- A publication's row filter changed.
-- expect: changed publication app_changes
alter publication app_changes set table app.tasks, app.projects (id, name, archived) where (archived);
