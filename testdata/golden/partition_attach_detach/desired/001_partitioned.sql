create table logs (
    id bigserial,
    logged_at date not null,
    level text not null,
    message text
) partition by range (logged_at);

create table logs_2023 partition of logs for values from ('2023-01-01') to ('2024-01-01');
create table logs_2024 partition of logs for values from ('2024-01-01') to ('2025-01-01');

create index logs_logged_at_idx on logs (logged_at);
