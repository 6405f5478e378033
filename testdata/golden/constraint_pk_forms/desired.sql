-- Primary keys: column level, table level, multi-column, named, added later.
create table a (id int primary key, v text);
create table b (id int, v text, primary key (id));
create table c (id int constraint c_id_is_pk primary key);
create table d (tenant_id uuid, id bigint, constraint d_tenant_pk PRIMARY KEY (tenant_id, id));
create table e (org int not null, code text not null, year smallint not null, primary key (org, code, year));
create table f (id int not null);
alter table f add primary key (id);
create table g (id int not null, x int);
alter table only g add constraint g_pk primary key (id);
create table h (id int primary key using index tablespace pg_default, note text);
