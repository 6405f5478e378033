-- Dropping a column also drops the indexes that use it (here the partial tasks_open_due_idx).
-- expect: missing column app.tasks.due_date
-- expect: missing index app.tasks_open_due_idx
alter table app.tasks drop column due_date;
