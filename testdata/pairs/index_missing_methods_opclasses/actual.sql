create table documents (
    id bigserial primary key,
    path text not null,
    checksum text not null,
    metadata jsonb not null default '{}',
    labels text[] not null default '{}',
    created_at timestamptz not null default now()
);
