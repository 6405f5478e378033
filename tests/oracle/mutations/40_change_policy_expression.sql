-- A policy's USING expression changed by hand.
-- expect: changed policy app.projects.projects_write
alter policy projects_write on app.projects using (owner_id = 2);
