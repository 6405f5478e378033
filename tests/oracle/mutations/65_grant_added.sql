-- A privilege granted by hand (compared with --with-privileges).
-- flags: --with-privileges
-- expect: extra privilege TABLE app.tasks: INSERT TO pgdrift_mutation_reader
grant insert on app.tasks to pgdrift_mutation_reader;
