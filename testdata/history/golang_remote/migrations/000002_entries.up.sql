create table ledger_entries (id bigint primary key, account_id bigint not null references accounts (id), amount numeric not null);
