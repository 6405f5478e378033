create function f_keep(a int) returns int language sql as $$ select a $$;
create function f_drop(a int) returns int language sql as $$ select a $$;
create function f_overloaded(a int) returns int language sql as $$ select a $$;
create function f_overloaded(a text) returns text language sql as $$ select a $$;
create function f_retype(a int) returns int language sql as $$ select a $$;
create procedure p_drop() language sql as $$ select 1 $$;
