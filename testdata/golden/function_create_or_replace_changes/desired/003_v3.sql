-- switch language: plpgsql -> sql, still create or replace
create or replace function audit_note() returns text
language sql immutable
as $$ select 'v3' $$;
