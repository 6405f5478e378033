-- Planner attributes: PARALLEL, COST, ROWS.
create function cheap_hash(s text) returns int
language sql immutable parallel safe cost 1
as $$ select hashtext(s) $$;

create function expensive_check(s text) returns boolean
language plpgsql stable parallel restricted cost 1000
as $$
begin
  perform pg_sleep(0);
  return length(s) > 3;
end;
$$;

create sequence counter_seq;

create function unsafe_counter() returns bigint
language sql volatile parallel unsafe
as $$ select nextval('counter_seq') $$;

create function few_rows() returns setof int
language sql immutable parallel safe rows 5
as $$ select generate_series(1, 5) $$;

create function plpgsql_default_cost(x int) returns int
language plpgsql cost 100
as $$ begin return x + 1; end $$;
