comment on table organizations is 'Tenants: every row of every other table belongs to one organization.';
comment on column invoices.amount is 'Net amount in the invoice currency, before tax.';

create index if not exists tasks_due_on_idx on tasks (due_on) where due_on is not null;
create unique index if not exists organizations_lower_slug_key on organizations (lower(slug));
