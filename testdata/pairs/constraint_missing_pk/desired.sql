create table audit_log (
    id bigint not null,
    actor text not null,
    action text not null,
    logged_at timestamptz not null default now(),
    constraint audit_log_pkey primary key (id)
);

create table user_roles (
    user_id bigint not null,
    role text not null,
    granted_at timestamptz not null default now(),
    primary key (user_id, role)
);
