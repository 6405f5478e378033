-- pgdrift catalog dump
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE OR REPLACE FUNCTION app.task_count(u bigint) RETURNS bigint LANGUAGE sql STABLE
    AS $function$ SELECT count(*) FROM app.tasks WHERE user_id = u $function$;
CREATE TABLE app.tasks (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.tasks_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE),
    user_id bigint NOT NULL,
    state app.status DEFAULT ('new') NOT NULL,
    title text NOT NULL
);
ALTER TABLE app.tasks ADD CONSTRAINT tasks_pkey PRIMARY KEY (id);
ALTER TABLE app.tasks ADD CONSTRAINT tasks_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(id);
CREATE TABLE app.users (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.users_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE),
    email text NOT NULL
);
ALTER TABLE app.users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE app.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE TABLE public.settings (
    key text NOT NULL,
    value text
);
ALTER TABLE public.settings ADD CONSTRAINT settings_pkey PRIMARY KEY (key);
CREATE VIEW app.open_tasks (id, title) AS SELECT tasks.id AS id, tasks.title AS title FROM app.tasks WHERE tasks.state = 'new';
CREATE INDEX tasks_user_id_idx ON app.tasks USING btree (user_id);
