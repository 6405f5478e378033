alter table inventory.items rename column name to title;
alter table inventory.stock alter column qty type bigint;
