alter table plain set (autovacuum_enabled = false);
alter table archive reset (autovacuum_enabled);
alter table hot_rows set (fillfactor = 60, parallel_workers = 4);
alter table queue set (toast_tuple_target = 256);
alter table queue reset (toast.autovacuum_enabled);
alter index hot_rows_pkey set (fillfactor = 80);
alter table archive set (toast.autovacuum_enabled = false);
