-- pgdrift catalog dump
CREATE SCHEMA test;
CREATE DOMAIN test.a_point AS test.point_2d CONSTRAINT a_point_check CHECK ((value).x >= 0 AND (value).y >= 0);
CREATE TYPE test.point_2d AS (x integer, y integer);
CREATE TABLE test.shapes (
    id integer NOT NULL,
    origin test.a_point
);
ALTER TABLE test.shapes ADD CONSTRAINT shapes_pkey PRIMARY KEY (id);
