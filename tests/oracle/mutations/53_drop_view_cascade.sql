-- A view dropped with the view that reads it.
-- expect: missing view app.open_tasks
-- expect: missing view app.open_task_count
drop view app.open_tasks cascade;
