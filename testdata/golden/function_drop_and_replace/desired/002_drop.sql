drop function f_drop(int);
drop function if exists f_never_existed(int);
drop function f_overloaded(text);
drop procedure p_drop;

-- changing the return type needs drop + create
drop function f_retype(integer);
create function f_retype(a int) returns bigint language sql as $$ select a::bigint * 2 $$;

-- arguments can be renamed only by dropping too
drop function if exists f_keep(int);
create function f_keep(value int) returns int language sql as $$ select value $$;
