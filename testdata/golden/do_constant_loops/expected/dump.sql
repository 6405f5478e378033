-- pgdrift catalog dump
CREATE TABLE public."copy_B" (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text
);
CREATE TABLE public.copy_a (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text
);
CREATE TABLE public.event_log (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text
);
CREATE TABLE public.events (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text
)
PARTITION BY RANGE (at);
CREATE TABLE public.events_2023 PARTITION OF public.events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.shard_1 (
    id integer NOT NULL
);
ALTER TABLE public.shard_1 ADD CONSTRAINT shard_1_pkey PRIMARY KEY (id);
COMMENT ON TABLE public.shard_1 IS 'shard 1';
CREATE TABLE public.shard_2 (
    id integer NOT NULL
)
WITH (fillfactor='70');
ALTER TABLE public.shard_2 ADD CONSTRAINT shard_2_pkey PRIMARY KEY (id);
COMMENT ON TABLE public.shard_2 IS 'shard 2';
CREATE TABLE public.shard_3 (
    id integer NOT NULL
)
WITH (fillfactor='80');
ALTER TABLE public.shard_3 ADD CONSTRAINT shard_3_pkey PRIMARY KEY (id);
COMMENT ON TABLE public.shard_3 IS 'shard 3';
CREATE INDEX event_log_log_in_idx ON public.event_log USING btree (at) WHERE (kind = 'log in');
CREATE INDEX event_log_purchase_idx ON public.event_log USING btree (at) WHERE (kind = 'purchase');
CREATE INDEX event_log_signup_idx ON public.event_log USING btree (at) WHERE (kind = 'signup');
