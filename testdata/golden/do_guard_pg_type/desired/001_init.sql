create type ticket_status as enum ('open', 'closed');
