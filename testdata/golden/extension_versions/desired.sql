-- Extension versions: stated at creation, moved by ALTER EXTENSION ... UPDATE TO; an update
-- without TO goes to the default version, which pgdrift cannot know offline ("" below).
create extension pg_trgm version '1.4';
alter extension pg_trgm update to '1.5';
create extension citext with version '1.5';
create extension hstore version '1.7';
alter extension hstore update;
