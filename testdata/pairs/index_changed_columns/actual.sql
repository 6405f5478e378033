create table messages (
    id bigserial primary key,
    thread_id bigint not null,
    sender_id bigint not null,
    body text not null,
    sent_at timestamptz not null default now()
);

create index messages_thread_idx on messages (thread_id);
create index messages_sender_idx on messages (sender_id, thread_id);
