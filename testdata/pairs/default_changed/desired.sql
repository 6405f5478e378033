create table jobs (
    id bigserial primary key,
    queue text not null default 'default',
    status text not null default 'pending',
    max_attempts int not null default 5,
    run_at timestamptz not null default clock_timestamp(),
    timeout interval default '5 minutes'
);
