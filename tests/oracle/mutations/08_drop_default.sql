-- expect: changed column billing.invoices.currency
alter table billing.invoices alter column currency drop default;
