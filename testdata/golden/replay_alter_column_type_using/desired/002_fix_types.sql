alter table payments alter column amount_text type numeric(12,2) using amount_text::numeric;
alter table payments alter column cents type bigint;
alter table payments alter column paid type boolean using (paid = 'yes');
alter table payments alter column ref type varchar(40);      -- default stays
alter table payments alter column happened_at type timestamptz using happened_at at time zone 'UTC';
alter table payments rename column amount_text to amount;
alter table payments alter column id type bigint;
