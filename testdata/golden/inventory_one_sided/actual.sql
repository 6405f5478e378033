-- Production: the tasks' title is longer, the view and index were never made, and two tables,
-- a materialized view and a function exist that git never had.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE TABLE app.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE app.tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES app.users (id),
  state app.status NOT NULL DEFAULT 'new',
  title varchar(500) NOT NULL
);
CREATE FUNCTION app.task_count(u bigint) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM app.tasks WHERE user_id = u $$;
CREATE TABLE app.audit (at timestamptz NOT NULL DEFAULT now(), what text);
CREATE MATERIALIZED VIEW app.tasks_per_user AS SELECT user_id, count(*) AS n FROM app.tasks GROUP BY user_id;
CREATE FUNCTION app.cleanup() RETURNS void LANGUAGE sql AS $$ DELETE FROM app.audit $$;
CREATE TABLE public.settings (key text PRIMARY KEY, value text);
CREATE TABLE public.tmp_import (line text);
