-- List partitioning, including NULL in a list and partition-specific defaults/constraints.
create type region_code as enum ('eu', 'us', 'apac', 'latam');

create table customers (
    id bigserial,
    region region_code,
    name text not null,
    status text not null default 'active'
) partition by list (region);

create table customers_eu partition of customers for values in ('eu');
create table customers_americas partition of customers for values in ('us', 'latam');
create table customers_other partition of customers for values in ('apac', null);

create table tasks (
    id bigint not null,
    state text not null,
    payload jsonb
) partition by list (lower(state));

create table tasks_open partition of tasks (
    payload default '{}'::jsonb,
    constraint tasks_open_payload_check check (payload is not null)
) for values in ('open', 'pending');
create table tasks_done partition of tasks for values in ('done');
