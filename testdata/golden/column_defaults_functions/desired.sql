-- Function and expression defaults (kept by PostgreSQL as expressions, not folded).
create table audit (
    id uuid primary key default gen_random_uuid(),
    created_at timestamptz not null default now(),
    created_too timestamptz default NOW(),
    updated_at timestamp with time zone default current_timestamp,
    logged_on date default current_date,
    local_at timestamp default localtimestamp,
    wall_clock timestamptz default clock_timestamp(),
    stmt_at timestamptz default statement_timestamp(),
    expires_at timestamptz default (now() + interval '30 days'),
    expires_later timestamptz default now() + '1 year'::interval,
    actor text default current_user,
    session_actor name default session_user,
    app_name text default current_setting('application_name'),
    year_no int default extract(year from now()),
    token text default md5(random()::text),
    day_key text default to_char(now(), 'YYYY-MM-DD'),
    nested numeric default ((1 + 2) * 3)
);
