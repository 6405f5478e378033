-- A view switched to security_invoker by hand.
-- expect: changed view app.open_task_count
alter view app.open_task_count set (security_invoker = true);
