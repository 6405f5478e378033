create table sessions (
    id uuid primary key,
    user_id bigint not null,
    user_agent text default 'unknown',
    ip inet,
    created_at timestamptz not null,
    expires_at timestamptz
);
