-- pgdrift catalog dump
CREATE SCHEMA app;
CREATE SEQUENCE app.widgets_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
ALTER SEQUENCE app.widgets_id_seq OWNED BY app.widgets.id;
CREATE OR REPLACE FUNCTION app.widget_count() RETURNS bigint LANGUAGE sql
    AS $function$ select count(*) from app.widgets $function$;
CREATE TABLE app.widgets (
    id integer DEFAULT (nextval('app.widgets_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text
);
ALTER TABLE app.widgets ADD CONSTRAINT widgets_pkey PRIMARY KEY (id);
