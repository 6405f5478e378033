create table customers (
    id bigserial primary key,
    email text not null unique,
    name text not null
);

create schema billing;

create type billing.invoice_state as enum ('draft', 'open', 'paid', 'void');

create sequence billing.invoice_number_seq start 1001;

create table billing.invoices (
    id bigserial primary key,
    number bigint not null default nextval('billing.invoice_number_seq') unique,
    customer_id bigint not null references customers (id),
    state billing.invoice_state not null default 'draft',
    amount numeric(12,2) not null check (amount >= 0),
    created_at timestamptz not null default now()
);

create table billing.invoice_lines (
    invoice_id bigint not null references billing.invoices (id) on delete cascade,
    line_no int not null,
    description text not null,
    amount numeric(12,2) not null,
    primary key (invoice_id, line_no)
);

create index invoices_customer_state_idx on billing.invoices (customer_id, state);

comment on schema billing is 'Invoices and everything money related';
