-- An overload added next to an existing function (same name, other argument types).
-- expect: extra function app.project_owner(integer)
create function app.project_owner(p int) returns int language sql stable as $$ select 1 $$;
