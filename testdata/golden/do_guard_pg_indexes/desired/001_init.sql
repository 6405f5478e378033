create table events (
    id bigserial primary key,
    user_id bigint not null,
    kind text not null,
    created_at timestamptz not null default now()
);
create index events_user_id_idx on events (user_id);
