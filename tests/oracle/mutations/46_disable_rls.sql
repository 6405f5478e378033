-- Row level security switched off on a table.
-- expect: changed table app.projects
alter table app.projects disable row level security;
