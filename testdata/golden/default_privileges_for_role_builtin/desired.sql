-- The built-in defaults (EXECUTE on functions, USAGE on types to PUBLIC) revoked for a given
-- role: the reconciler must revoke them for that role, not for whoever runs it.
alter default privileges for role app_owner revoke execute on functions from public;
alter default privileges for role app_writer revoke usage on types from public;

create table public.notes (id integer primary key, body text);
