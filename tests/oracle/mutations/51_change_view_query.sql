-- A view's filter changed by hand (same columns: CREATE OR REPLACE VIEW).
-- expect: changed view app.open_tasks
create or replace view app.open_tasks as
  select t.id, t.title, p.name as project from app.tasks t join app.projects p on p.id = t.project_id
  where t.status = 'todo';
