-- PostgreSQL 14+: replace in place, here with a new event list, condition and function
create or replace trigger items_touch
  before insert or update on items
  for each row
  when (pg_trigger_depth() = 0)
  execute function items_touch_v2();
