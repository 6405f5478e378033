alter sequence ticket_number_seq owned by tickets.ticket_number;
ALTER SEQUENCE ticket_number_seq INCREMENT BY 10 RESTART WITH 1000 MAXVALUE 100000000 CACHE 5;
alter sequence if exists no_such_seq increment 2;            -- missing: notice only
alter sequence ticket_number_seq as bigint;

create sequence spare_seq;
alter sequence spare_seq owned by none;
alter sequence spare_seq start with 7 restart minvalue 7 cycle;
alter sequence spare_seq rename to spare_number_seq;
