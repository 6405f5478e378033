-- A privilege revoked by hand (compared with --with-privileges).
-- flags: --with-privileges
-- expect: missing privilege TABLE app.tasks: SELECT TO pgdrift_mutation_reader
revoke select on app.tasks from pgdrift_mutation_reader;
