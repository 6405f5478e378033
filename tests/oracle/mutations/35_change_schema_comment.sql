-- expect: changed schema billing
comment on schema billing is 'Invoices, payments and refunds';
