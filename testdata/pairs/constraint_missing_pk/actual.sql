-- imported from a CSV tool that never set keys
create table audit_log (
    id bigint not null,
    actor text not null,
    action text not null,
    logged_at timestamptz not null default now()
);

create table user_roles (
    user_id bigint not null,
    role text not null,
    granted_at timestamptz not null default now()
);
