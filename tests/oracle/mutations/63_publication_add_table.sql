-- A table added to a publication by hand (Supabase realtime does this).
-- expect: changed publication app_changes
alter publication app_changes add table app.labels;
