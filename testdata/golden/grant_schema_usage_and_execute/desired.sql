-- Schema USAGE/CREATE and function EXECUTE (granted to PUBLIC by default, often revoked).
create schema api;
create schema internal authorization app_owner;

create function api.ping() returns text language sql as $$ select 'pong' $$;
create function api.add(a int, b int) returns int language sql as $$ select a + b $$;
create function internal.rotate_keys() returns void language plpgsql as $$ begin null; end $$;
create procedure api.cleanup() language sql as $$ select 1 $$;

grant usage on schema api to anon, authenticated;
grant usage, create on schema internal to app_writer;
revoke create on schema public from public;

revoke execute on function api.add(int, int) from public;
grant execute on function api.add(integer, integer) to authenticated;
revoke all on function internal.rotate_keys() from public;
grant execute on function internal.rotate_keys to app_owner;
grant execute on procedure api.cleanup() to app_writer;
grant execute on all functions in schema api to app_readonly;
