-- expect: changed constraint app.tasks.tasks_assignee_id_fkey
alter table app.tasks drop constraint tasks_assignee_id_fkey,
    add constraint tasks_assignee_id_fkey foreign key (assignee_id)
        references app.users (id) on delete cascade;
