-- The repository: two schemas; what production lacks and what it changed are counted apart.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE TABLE app.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE app.tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES app.users (id),
  state app.status NOT NULL DEFAULT 'new',
  title text NOT NULL
);
CREATE INDEX tasks_user_id_idx ON app.tasks (user_id);
CREATE VIEW app.open_tasks AS SELECT id, title FROM app.tasks WHERE state = 'new';
CREATE FUNCTION app.task_count(u bigint) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM app.tasks WHERE user_id = u $$;
CREATE TABLE public.settings (key text PRIMARY KEY, value text);
