create table budgets (id bigint primary key, account_id bigint references accounts (id), cap numeric);
