-- expect: missing constraint app.projects.projects_slug_format
alter table app.projects drop constraint projects_slug_format;
