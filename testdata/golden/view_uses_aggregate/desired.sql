-- A view that calls a user-defined aggregate: the aggregate (and its state function) first.
create function public.add_int(state integer, v integer) returns integer
    language sql immutable as 'select state + v';
create aggregate public.my_sum(integer) (sfunc = public.add_int, stype = integer, initcond = '0');
create table public.items (id integer primary key, qty integer not null);
create view public.a_totals as select public.my_sum(qty) as total from public.items;
