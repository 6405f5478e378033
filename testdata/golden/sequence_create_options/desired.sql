-- Standalone sequences with every option people use.
create sequence invoice_number_seq;
CREATE SEQUENCE order_no_seq AS integer START WITH 1000 INCREMENT BY 1 MINVALUE 1000 MAXVALUE 999999 CACHE 20;
create sequence countdown_seq increment by -1 start 100 minvalue 0 maxvalue 100;
create sequence ring_seq as smallint increment 5 minvalue 0 maxvalue 60 start with 0 cycle;
create sequence if not exists big_seq as bigint no minvalue no maxvalue no cycle cache 50;
create sequence if not exists invoice_number_seq start 42;   -- exists: no-op
create schema ops;
create sequence ops.ticket_seq start with 500;
