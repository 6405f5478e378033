-- A table switched to REPLICA IDENTITY FULL by hand (what Supabase realtime asks for).
-- expect: changed table app.tasks
alter table app.tasks replica identity full;
