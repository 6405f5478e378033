create table hot_rows (
    id bigserial primary key,
    counter int not null default 0
) with (fillfactor = 70);

create table queue (
    id bigserial primary key,
    payload jsonb
) with (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02, toast.autovacuum_enabled = false);

create table archive (id bigint, body text) with (fillfactor=100, autovacuum_enabled = true);

create table plain (id int);
