-- must run after 9 (natural sort, "10" > "9")
alter table orders add column total numeric(10,2) not null default 0;
