-- A partition nobody committed.
-- expect: extra table billing.ledger_2027
create table billing.ledger_2027 partition of billing.ledger for values from ('2027-01-01') to ('2028-01-01');
