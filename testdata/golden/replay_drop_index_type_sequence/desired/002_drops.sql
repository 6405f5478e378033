drop index entries_m_idx;
drop index if exists entries_missing_idx;
DROP INDEX CONCURRENTLY IF EXISTS public.entries_n_idx;
drop type unused_kind;
drop type if exists no_such_type;
drop sequence spare_seq;
drop sequence if exists spare_seq;
alter table entries alter column n drop default;
drop sequence ticket_seq;
drop type mood cascade;   -- also drops column entries.m
