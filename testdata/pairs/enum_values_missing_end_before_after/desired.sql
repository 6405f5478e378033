create type ticket_status as enum ('open', 'closed');
create type ticket_priority as enum ('low', 'high');

-- later migrations extended both enums
alter type ticket_status add value 'new' before 'open';
alter type ticket_status add value 'in_progress' after 'open';
alter type ticket_status add value 'archived';
alter type ticket_priority add value 'medium' after 'low';
alter type ticket_priority add value 'urgent';

create table tickets (
    id serial primary key,
    title text not null,
    status ticket_status not null default 'open',
    priority ticket_priority not null default 'low'
);
