-- pgdrift catalog dump
CREATE TABLE public.audit_log (
    id integer,
    msg text,
    extra text
);
CREATE TABLE public.base_log (
    id integer,
    msg text
);
CREATE TABLE public.events (
    id integer NOT NULL,
    at date NOT NULL
)
PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 (
    id integer NOT NULL,
    at date NOT NULL
);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.readings (
    at date NOT NULL,
    v numeric
)
PARTITION BY RANGE (at);
CREATE TABLE public.rollups (
    at date NOT NULL,
    v numeric
);
