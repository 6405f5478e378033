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
