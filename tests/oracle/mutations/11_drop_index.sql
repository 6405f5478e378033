-- expect: missing index app.tasks_project_status_idx
drop index app.tasks_project_status_idx;
