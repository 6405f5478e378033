-- The partitioned index dropped (with its partitions' indexes).
-- expect: missing index billing.ledger_booked_idx
-- expect: missing index billing.ledger_2025_booked_on_idx
-- expect: missing index billing.ledger_2026_booked_on_idx
drop index billing.ledger_booked_idx;
