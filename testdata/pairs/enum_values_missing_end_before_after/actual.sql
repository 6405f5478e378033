create type ticket_status as enum ('open', 'closed');
create type ticket_priority as enum ('low', 'high');

create table tickets (
    id serial primary key,
    title text not null,
    status ticket_status not null default 'open',
    priority ticket_priority not null default 'low'
);
