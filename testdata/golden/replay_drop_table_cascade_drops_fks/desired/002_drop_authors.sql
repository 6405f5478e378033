-- drops authors and the FK constraints that point at it; books and reviews stay
drop table authors cascade;
drop table if exists no_such_table;
drop table if exists public.also_missing cascade;
