-- new body, new volatility and attributes; signature unchanged
create or replace function price_with_vat(p_id int) returns numeric
language sql stable parallel safe
as $$ select round(amount * 1.21, 2) from prices where id = p_id $$;

create or replace function audit_note() returns text
language plpgsql
security definer
set search_path = public
as $fn$
begin
  return 'v2';
end
$fn$;
