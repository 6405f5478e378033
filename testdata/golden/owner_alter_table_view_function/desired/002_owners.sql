alter schema billing owner to app_owner;
alter table billing.invoices owner to app_owner;
alter view billing.open_invoices owner to app_owner;
alter materialized view billing.totals owner to app_readonly;
alter function billing.total_of(billing.currency) owner to app_owner;
alter sequence billing.invoice_number_seq owner to app_writer;
alter type billing.currency owner to app_owner;
alter domain billing.positive owner to app_owner;
-- ALTER TABLE works on views and sequences too
alter table billing.open_invoices owner to app_writer;
