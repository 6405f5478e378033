-- A trigger added by hand.
-- expect: extra trigger app.tasks.tasks_touch
alter table app.tasks add column updated_at timestamptz;
create trigger tasks_touch before update on app.tasks for each row execute function app.touch_updated_at();
-- expect: extra column app.tasks.updated_at
