-- Sub-partitioning: a partition that is itself partitioned.
create table events (
    id bigint not null,
    kind text not null,
    happened_on date not null,
    detail jsonb
) partition by list (kind);

create table events_click partition of events for values in ('click')
    partition by range (happened_on);
create table events_click_2024 partition of events_click
    for values from ('2024-01-01') to ('2025-01-01');
create table events_click_default partition of events_click default;

create table events_view partition of events for values in ('view')
    partition by hash (id);
create table events_view_0 partition of events_view for values with (modulus 2, remainder 0);
create table events_view_1 partition of events_view for values with (modulus 2, remainder 1);

create table events_other partition of events default;
