-- pgdrift catalog dump
CREATE SCHEMA api;
CREATE SCHEMA internal;
CREATE OR REPLACE FUNCTION api.add(a integer, b integer) RETURNS integer LANGUAGE sql
    AS $function$ select a + b $function$;
CREATE OR REPLACE PROCEDURE api.cleanup() LANGUAGE sql
    AS $function$ select 1 $function$;
CREATE OR REPLACE FUNCTION api.ping() RETURNS text LANGUAGE sql
    AS $function$ select 'pong' $function$;
CREATE OR REPLACE FUNCTION internal.rotate_keys() RETURNS void LANGUAGE plpgsql
    AS $function$ begin null; end $function$;
ALTER SCHEMA internal OWNER TO app_owner;
REVOKE EXECUTE ON ROUTINE api.add(integer, integer) FROM PUBLIC;
REVOKE EXECUTE ON ROUTINE internal.rotate_keys() FROM PUBLIC;
GRANT EXECUTE ON ROUTINE api.add(integer, integer) TO app_readonly;
GRANT EXECUTE ON ROUTINE api.add(integer, integer) TO authenticated;
GRANT EXECUTE ON ROUTINE api.cleanup() TO app_writer;
GRANT EXECUTE ON ROUTINE api.ping() TO app_readonly;
GRANT EXECUTE ON ROUTINE internal.rotate_keys() TO app_owner;
GRANT USAGE ON SCHEMA api TO anon;
GRANT USAGE ON SCHEMA api TO authenticated;
GRANT CREATE ON SCHEMA internal TO app_writer;
GRANT USAGE ON SCHEMA internal TO app_writer;
