create sequence ticket_number_seq as bigint start with 1000 increment by 5 maxvalue 99999999 cache 10;

create sequence batch_seq start 1 increment 1 cache 50 cycle maxvalue 1000;

create table tickets (
    id serial primary key,
    number int not null default nextval('ticket_number_seq') unique,
    title text not null
);
