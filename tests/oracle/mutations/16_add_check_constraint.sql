-- expect: extra constraint app.tasks.tasks_title_not_blank
alter table app.tasks add constraint tasks_title_not_blank check (btrim(title) <> '');
