-- expect: changed column app.tasks.title
alter table app.tasks alter column title drop not null;
