create table if not exists invoices (
  id bigint generated always as identity primary key,
  organization_id uuid not null references organizations(id) on delete restrict,
  number varchar(32) not null,
  amount numeric(12,2) not null default 0 check (amount >= 0),
  currency char(3) not null default 'EUR',
  tax_rate numeric(5,2) not null default 20.00 check (tax_rate between 0 and 100),
  issued_at timestamptz not null default now(),
  paid_at timestamptz,
  billing_email text
);

create unique index invoices_org_number_key on invoices (organization_id, number);
create index invoices_billing_email_lower_idx on invoices (lower(billing_email));
