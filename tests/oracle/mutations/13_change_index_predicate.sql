-- Same index name, different WHERE clause.
-- expect: changed index app.projects_active_idx
drop index app.projects_active_idx;
create index projects_active_idx on app.projects (owner_id) where not archived and budget is not null;
