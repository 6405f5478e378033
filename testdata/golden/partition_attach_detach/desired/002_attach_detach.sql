-- a table built separately, then attached
create table logs_2025 (like logs including defaults including constraints);
alter table logs_2025 add constraint logs_2025_range check (logged_at >= '2025-01-01' and logged_at < '2026-01-01');
alter table logs attach partition logs_2025 for values from ('2025-01-01') to ('2026-01-01');

-- the oldest year leaves the partitioned table but stays as a plain table
alter table logs detach partition logs_2023;
alter table logs_2023 rename to logs_2023_archive;

create table logs_default (like logs);
alter table logs attach partition logs_default default;
