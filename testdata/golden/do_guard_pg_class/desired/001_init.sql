create sequence invoice_numbers start 1000;
create table invoices (id bigserial primary key, number bigint);
