alter table ledger_entries add column memo text;
create index ledger_entries_account_idx on ledger_entries (account_id);
