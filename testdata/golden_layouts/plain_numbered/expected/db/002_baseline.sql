-- pgdrift 0.2.0 baseline of db
-- Plain SQL in dependency order: loads into an empty database with psql -v ON_ERROR_STOP=1.
-- Function bodies are checked when they run, as pg_dump's scripts have them: a body may read a
-- table created further down.
SET check_function_bodies = false;

CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE SEQUENCE app.jobs_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE app.jobs (
    id integer DEFAULT (nextval('app.jobs_id_seq'::pg_catalog.regclass)) NOT NULL,
    status app.status DEFAULT ('new') NOT NULL
);
ALTER SEQUENCE app.jobs_id_seq OWNED BY app.jobs.id;
ALTER TABLE app.jobs ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);
RESET check_function_bodies;
