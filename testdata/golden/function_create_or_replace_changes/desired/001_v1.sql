create table prices (id serial primary key, amount numeric(10,2) not null);

create function price_with_vat(p_id int) returns numeric
language sql stable
as $$ select amount * 1.19 from prices where id = p_id $$;

create function audit_note() returns text
language plpgsql
as $$ begin return 'v1'; end $$;
