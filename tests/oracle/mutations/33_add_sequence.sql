-- expect: extra sequence billing.credit_note_seq
create sequence billing.credit_note_seq start with 500;
