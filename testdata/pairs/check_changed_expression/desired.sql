create table invoices (
    id serial primary key,
    status text not null default 'draft',
    amount numeric(12,2) not null,
    discount_pct int not null default 0,
    due_on date not null,
    issued_on date not null,
    constraint invoices_status_check check (status in ('draft', 'sent', 'paid', 'void')),
    constraint invoices_amount_check check (amount > 0 and amount < 1000000),
    constraint invoices_discount_check check (discount_pct between 0 and 50),
    constraint invoices_dates_check check (due_on >= issued_on)
);
