-- expect: missing index app.tasks_open_due_idx
-- expect: extra index app.tasks_due_open_idx
alter index app.tasks_open_due_idx rename to tasks_due_open_idx;
