-- expect: extra column billing.invoices.due_on
-- expect: extra index billing.invoices_due_on_idx
alter table billing.invoices add column due_on date;
create index invoices_due_on_idx on billing.invoices (due_on);
