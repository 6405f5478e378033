create sequence ticket_number_seq start 1;

create table tickets (
    id int primary key,
    ticket_number int not null default nextval('ticket_number_seq'),
    subject text
);
