-- expect: extra index billing.invoices_project_idx
create index invoices_project_idx on billing.invoices (project_id);
