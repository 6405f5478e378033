-- The trigger re-created AFTER instead of BEFORE.
-- expect: changed trigger app.projects.projects_touch
drop trigger projects_touch on app.projects;
create trigger projects_touch after update on app.projects for each row execute function app.touch_updated_at();
