-- Without a rename rule in a policy, a renamed column is one missing and one extra column.
-- expect: missing column billing.invoices.memo
-- expect: extra column billing.invoices.note
alter table billing.invoices rename column memo to note;
