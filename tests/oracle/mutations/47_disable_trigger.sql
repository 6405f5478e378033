-- A trigger disabled during a data fix and never re-enabled.
-- expect: changed trigger app.projects.projects_touch
alter table app.projects disable trigger projects_touch;
