-- SECURITY DEFINER functions pinning search_path, in every spelling people use.
create table secrets (
    id serial primary key,
    owner_name text not null,
    value text not null
);

create function count_secrets() returns bigint
language sql
security definer
set search_path = public
as $$ select count(*) from secrets $$;

create function count_secrets_for(who text) returns bigint
language plpgsql
security definer
set search_path to 'public'
as $$
begin
  return (select count(*) from secrets where owner_name = who);
end;
$$;

create function empty_path_secret(p_id int) returns text
language sql stable security definer
set search_path = ''
as $$ select value from public.secrets where id = p_id $$;

create function two_schema_path() returns text
language sql
set search_path = public, pg_temp
as $$ select current_setting('search_path') $$;

create function tuned() returns int
language plpgsql
set work_mem = '64MB'
set statement_timeout to 5000
set search_path from current
as $$ begin return 1; end $$;
