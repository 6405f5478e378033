create table events (
    id bigserial primary key,
    kind text not null,
    at timestamptz not null default now()
);

create view recent_events as select * from events where at > now() - interval '7 days';
create view recent_errors as select id, at from recent_events where kind = 'error';
create materialized view error_counts as select count(*) as n from recent_errors;
create view kept_view as select kind from events;
create view will_be_dropped as select 1 as x;
