-- pgdrift catalog dump
CREATE TABLE public.sessions (
    id uuid DEFAULT (gen_random_uuid()) NOT NULL,
    user_id bigint NOT NULL,
    data jsonb,
    created_at timestamp with time zone DEFAULT (now()) NOT NULL
)
PARTITION BY HASH (user_id);
ALTER TABLE public.sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY (user_id, id);
CREATE TABLE public.sessions_p0 PARTITION OF public.sessions FOR VALUES WITH (modulus 4, remainder 0);
ALTER TABLE public.sessions_p0 ADD CONSTRAINT sessions_p0_pkey PRIMARY KEY (user_id, id);
CREATE TABLE public.sessions_p1 PARTITION OF public.sessions FOR VALUES WITH (modulus 4, remainder 1);
ALTER TABLE public.sessions_p1 ADD CONSTRAINT sessions_p1_pkey PRIMARY KEY (user_id, id);
CREATE TABLE public.sessions_p2 PARTITION OF public.sessions FOR VALUES WITH (modulus 4, remainder 2);
ALTER TABLE public.sessions_p2 ADD CONSTRAINT sessions_p2_pkey PRIMARY KEY (user_id, id);
CREATE TABLE public.sessions_p3 PARTITION OF public.sessions FOR VALUES WITH (modulus 4, remainder 3)
WITH (fillfactor='80');
ALTER TABLE public.sessions_p3 ADD CONSTRAINT sessions_p3_pkey PRIMARY KEY (user_id, id);
