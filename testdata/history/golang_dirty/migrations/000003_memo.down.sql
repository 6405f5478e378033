drop index ledger_entries_account_idx;
alter table ledger_entries drop column memo;
