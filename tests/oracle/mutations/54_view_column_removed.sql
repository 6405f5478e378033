-- A view recreated without a column (CREATE OR REPLACE cannot restore it: drop and create,
-- with the view that reads it).
-- expect: changed view app.open_tasks
drop view app.open_tasks cascade;
create view app.open_tasks as select t.id, p.name as project from app.tasks t join app.projects p on p.id = t.project_id;
create view app.open_task_count as select project, count(*) as n from app.open_tasks group by project;
