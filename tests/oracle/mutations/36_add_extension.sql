-- pg_dump prints only CREATE EXTENSION (and its comment), never the extension's members.
-- expect: extra extension pg_trgm
create extension pg_trgm;
