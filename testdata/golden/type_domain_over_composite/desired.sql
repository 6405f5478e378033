-- A domain over a composite type (PostgREST's test schema): the type must exist first, whatever
-- the names' order (the domain's name sorts before the type's).
create schema test;
create type test.point_2d as (x integer, y integer);
create domain test.a_point as test.point_2d check ((value).x >= 0 and (value).y >= 0);
create table test.shapes (id integer primary key, origin test.a_point);
