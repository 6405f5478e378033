create table support_requests (
    id serial primary key,
    subject text not null,
    requester_email text not null,
    created_at timestamptz not null default now()
);
