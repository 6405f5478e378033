-- Two changes in different tables, reported independently.
-- expect: changed column app.tasks.status
-- expect: missing index billing.invoices_unpaid_idx
alter table app.tasks alter column status drop default;
drop index billing.invoices_unpaid_idx;
