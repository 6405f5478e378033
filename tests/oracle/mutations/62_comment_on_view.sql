-- A comment on a view and on one of its columns.
-- expect: changed view app.open_tasks
comment on view app.open_tasks is 'Tasks not done yet';
comment on column app.open_tasks.project is 'Project name';
