create table jobs (
    id bigserial primary key,
    queue text not null default 'default',
    status text not null default 'new',
    max_attempts int not null default 3,
    run_at timestamptz not null default now(),
    timeout interval default '30 seconds'
);
