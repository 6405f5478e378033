-- Column defaults on a view: what an INSERT through an updatable view fills in. One is set, one
-- is set and dropped again, one is replaced.
create table items (id serial primary key, name text not null, qty integer not null);
create view items_v as select id, name, qty from items;
alter view items_v alter column name set default 'unnamed';
alter view items_v alter column qty set default 1;
alter view items_v alter column qty drop default;
alter table items_v alter column id set default nextval('items_id_seq'::regclass);
alter view items_v alter column id set default nextval('items_id_seq');
