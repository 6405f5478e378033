-- A policy narrowed to one role.
-- expect: changed policy app.projects.projects_read
do $$ begin create role pgdrift_mutation_reader; exception when duplicate_object then null; end $$;
alter policy projects_read on app.projects to pgdrift_mutation_reader;
