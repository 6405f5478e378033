-- Column-level privileges (stored per column, dumped separately from table grants).
create table employees (
    id serial primary key,
    name text not null,
    email text,
    salary numeric(12,2),
    manager_id int
);

grant select (id, name, email) on employees to app_readonly;
grant update (email) on employees to authenticated;
grant insert (name, email), update (name, manager_id) on employees to app_writer;
grant references (id) on employees to app_writer;
revoke update (manager_id) on employees from app_writer;
