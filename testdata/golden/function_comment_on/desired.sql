-- Comments on functions and procedures, including overloads and a removed comment.
create function fmt_money(amount numeric) returns text
language sql immutable
as $$ select to_char(amount, 'FM999G999G990D00') $$;

create function fmt_money(amount numeric, currency text) returns text
language sql immutable
as $$ select fmt_money(amount) || ' ' || currency $$;

create procedure noop() language plpgsql as $$ begin null; end $$;

comment on function fmt_money(numeric) is 'Formats an amount with two decimals';
comment on function fmt_money(numeric, text) is 'Formats an amount followed by its currency code';
comment on procedure noop() is 'Does nothing; used in tests';

create function temp_helper() returns int language sql as $$ select 1 $$;
comment on function temp_helper is 'will be removed';
comment on function temp_helper() is null;
