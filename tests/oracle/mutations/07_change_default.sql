-- expect: changed column app.tasks.priority
alter table app.tasks alter column priority set default 2;
