-- A partition detached by hand (its rows leave the partitioned table).
-- expect: changed table billing.ledger_2026
alter table billing.ledger detach partition billing.ledger_2026;
