-- A new table is reported once: not its columns, constraints or indexes.
-- expect: extra table app.audit_log
create table app.audit_log (
    at timestamptz not null default now(),
    actor_id int references app.users (id),
    action text not null check (action <> '')
);
create index audit_log_at_idx on app.audit_log (at);
