-- A rule's life: created, commented, disabled and enabled again, renamed, replaced and dropped.
create table t (id int primary key, v text);
create table audit (id int, what text);

create rule t_audit as on insert to t do also insert into audit values (new.id, 'insert');
comment on rule t_audit on t is 'every insert is audited';
alter table t disable rule t_audit;
alter table t enable always rule t_audit;

create rule t_gone as on delete to t do instead nothing;
drop rule t_gone on t;
drop rule if exists t_never on t;

create rule t_upd as on update to t do also insert into audit values (old.id, 'update');
alter rule t_upd on t rename to t_update;
create or replace rule t_update as on update to t where old.v is distinct from new.v
  do also insert into audit values (old.id, 'changed');
