create sequence ticket_number_seq as int start with 1000 increment by 1 maxvalue 999999;

create sequence batch_seq start 1 increment 1 cache 1;

create table tickets (
    id serial primary key,
    number int not null default nextval('ticket_number_seq') unique,
    title text not null
);
