-- Same name, wider range.
-- expect: changed constraint app.tasks.tasks_priority_check
alter table app.tasks drop constraint tasks_priority_check,
    add constraint tasks_priority_check check (priority between 1 and 10);
