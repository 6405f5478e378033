create type request_channel as enum ('email', 'chat', 'phone', 'web form');

create table support_requests (
    id serial primary key,
    subject text not null,
    requester_email text not null,
    created_at timestamptz not null default now(),
    channel request_channel not null default 'email',
    alt_channels request_channel[] default '{}'
);
