-- expect: changed sequence billing.invoice_number_seq
alter sequence billing.invoice_number_seq increment by 10;
