-- Plain functions in both common languages, with the different ways people quote bodies.
create table accounts (
    id bigserial primary key,
    email text not null,
    balance numeric(12,2) not null default 0
);

create function add_numbers(a integer, b integer) returns integer
language sql
as 'select a + b';

create or replace function normalize_email(email text) returns text
language sql immutable
as $$
  select lower(trim(email))
$$;

create or replace function account_balance(p_id bigint)
returns numeric
language plpgsql
as $fn$
declare
    v_balance numeric;
begin
    select balance into v_balance from accounts where id = p_id;
    if not found then
        raise exception 'account % not found', p_id;
    end if;
    return v_balance;
end;
$fn$;

CREATE FUNCTION greeting(name text) RETURNS text AS $body$
BEGIN
  RETURN 'hello, ' || name || '!';
END
$body$ LANGUAGE plpgsql;

-- a body with an embedded quote, single-quoted the old way
create function quote_it(s text) returns text language sql as 'select ''"'' || s || ''"''';
