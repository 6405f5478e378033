alter table only accounts add constraint accounts_pkey primary key (id);
ALTER TABLE ONLY public.accounts ALTER COLUMN balance SET DEFAULT 0;
alter table if exists accounts add column currency char(3) default 'EUR';
alter table if exists no_such_table add column x int;          -- notice only
alter table if exists only accounts alter column name set not null;
alter table if exists public.accounts rename column balance to balance_amount;
alter table if exists missing_table rename to other_table;
