-- prod still has the original int keys
create table events (
    id serial primary key,
    kind text not null,
    payload jsonb,
    occurred_at timestamptz not null default now()
);

create table event_tags (
    event_id int not null references events (id) on delete cascade,
    tag text not null,
    weight int not null default 0,
    primary key (event_id, tag)
);
