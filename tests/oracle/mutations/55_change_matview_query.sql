-- A materialized view recreated with another query (and without its index).
-- expect: changed view billing.unpaid_totals
-- expect: missing index billing.unpaid_totals_project_idx
drop materialized view billing.unpaid_totals;
create materialized view billing.unpaid_totals as
  select project_id, sum(amount_cents) as total from billing.invoices group by project_id;
