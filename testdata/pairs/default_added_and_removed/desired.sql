-- ids are generated now; user_agent no longer gets a placeholder
create table sessions (
    id uuid primary key default gen_random_uuid(),
    user_id bigint not null,
    user_agent text,
    ip inet,
    created_at timestamptz not null default now(),
    expires_at timestamptz default now() + interval '30 days'
);
