-- A policy dropped in production.
-- expect: missing policy app.projects.projects_read
drop policy projects_read on app.projects;
