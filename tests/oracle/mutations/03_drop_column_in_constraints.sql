-- Dropping a column drops every constraint that involves it, multi-column ones included:
-- the check projects_slug_format and the unique (owner_id, slug).
-- expect: missing column app.projects.slug
-- expect: missing constraint app.projects.projects_slug_format
-- expect: missing constraint app.projects.projects_owner_slug_key
alter table app.projects drop column slug;
