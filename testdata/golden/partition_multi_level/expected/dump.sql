-- pgdrift catalog dump
CREATE TABLE public.events (
    id bigint NOT NULL,
    kind text NOT NULL,
    happened_on date NOT NULL,
    detail jsonb
)
PARTITION BY LIST (kind);
CREATE TABLE public.events_click PARTITION OF public.events FOR VALUES IN ('click')
PARTITION BY RANGE (happened_on);
CREATE TABLE public.events_click_2024 PARTITION OF public.events_click FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_click_default PARTITION OF public.events_click DEFAULT;
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE TABLE public.events_view PARTITION OF public.events FOR VALUES IN ('view')
PARTITION BY HASH (id);
CREATE TABLE public.events_view_0 PARTITION OF public.events_view FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE public.events_view_1 PARTITION OF public.events_view FOR VALUES WITH (modulus 2, remainder 1);
