create table events (
    id bigserial primary key,
    kind text not null,
    payload jsonb,
    occurred_at timestamptz not null default now()
);

create table event_tags (
    event_id bigint not null references events (id) on delete cascade,
    tag text not null,
    weight bigint not null default 0,
    primary key (event_id, tag)
);
