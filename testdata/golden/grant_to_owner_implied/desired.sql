-- Grants to the role that owns the tables (postgres here, the role that applies the migrations):
-- the owner holds every privilege already, so PostgreSQL keeps no ACL entry pg_dump would print.
-- Against a dump that names postgres as the owner they are not drift; the grant to reporting is.
create table accounts (id integer primary key, note text);
grant insert, update on table accounts to postgres;

create table ledgers (id integer primary key);
grant select on ledgers to postgres;
grant select on ledgers to reporting;
