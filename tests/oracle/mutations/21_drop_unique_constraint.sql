-- expect: missing constraint app.projects.projects_owner_slug_key
alter table app.projects drop constraint projects_owner_slug_key;
