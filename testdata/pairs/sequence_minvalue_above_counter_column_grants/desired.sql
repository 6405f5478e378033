-- the numbering now starts at 100 and 500: the counters (5 and 900) are outside the new bounds,
-- so the reconciler restarts them at the bound, forward, never back
create sequence invoice_no minvalue 100 start 100;
create sequence countdown increment -1 minvalue -1000 maxvalue 500 start 500;

create table accounts (id int primary key, email text not null, password_hash text);
-- column privileges: who may read which column
grant select (id, email) on accounts to pgdrift_col_reader;
grant update (email) on accounts to pgdrift_col_reader;
