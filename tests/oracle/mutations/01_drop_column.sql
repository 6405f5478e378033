-- A column dropped by hand in production.
-- expect: missing column app.tasks.notes
alter table app.tasks drop column notes;
