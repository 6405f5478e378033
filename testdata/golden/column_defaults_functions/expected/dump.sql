-- pgdrift catalog dump
CREATE TABLE public.audit (
    id uuid DEFAULT (gen_random_uuid()) NOT NULL,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL,
    created_too timestamp with time zone DEFAULT (now()),
    updated_at timestamp with time zone DEFAULT (current_timestamp),
    logged_on date DEFAULT (current_date),
    local_at timestamp without time zone DEFAULT (localtimestamp),
    wall_clock timestamp with time zone DEFAULT (clock_timestamp()),
    stmt_at timestamp with time zone DEFAULT (statement_timestamp()),
    expires_at timestamp with time zone DEFAULT (now() + '30 days'::interval),
    expires_later timestamp with time zone DEFAULT (now() + '1 year'::interval),
    actor text DEFAULT (current_user),
    session_actor name DEFAULT (session_user),
    app_name text DEFAULT (current_setting('application_name')),
    year_no integer DEFAULT (extract ('year' FROM now())),
    token text DEFAULT (md5(random()::pg_catalog.text)),
    day_key text DEFAULT (to_char(now(), 'YYYY-MM-DD')),
    nested numeric DEFAULT ((1 + 2) * 3)
);
ALTER TABLE public.audit ADD CONSTRAINT audit_pkey PRIMARY KEY (id);
