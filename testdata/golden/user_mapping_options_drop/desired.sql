-- A server altered (version, options set and added), and user mappings of it: for PUBLIC and
-- for a role, options added, set and dropped afterwards, one dropped, one for a server dropped
-- with CASCADE (it goes with it).
create extension postgres_fdw;
create server warehouse foreign data wrapper postgres_fdw options (host 'localhost', dbname 'warehouse');
alter server warehouse version '15' options (set dbname 'dwh', add port '5432');
create user mapping for public server warehouse options (user 'reader');
alter user mapping for public server warehouse options (add password 'not-a-secret', set user 'report_reader');
create user mapping if not exists for postgres server warehouse options (user 'admin', password 'x');
alter user mapping for postgres server warehouse options (drop password);
create server old_dwh foreign data wrapper postgres_fdw;
create user mapping for public server old_dwh;
drop server old_dwh cascade;
create server spare foreign data wrapper postgres_fdw;
create user mapping for postgres server spare;
drop user mapping for postgres server spare;
create foreign table remote_orders (id integer, total numeric) server warehouse options (table_name 'orders');
