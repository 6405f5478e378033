-- The production database (pg_dump -s, shortened)
CREATE TABLE public.events (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 (id integer NOT NULL, at date NOT NULL);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 (id integer NOT NULL, at date NOT NULL);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.base_log (id integer, msg text);
CREATE TABLE public.audit_log (extra text) INHERITS (public.base_log);
CREATE TABLE public.readings (at date NOT NULL, v numeric);
CREATE TABLE public.rollups (at date NOT NULL, v numeric) PARTITION BY RANGE (at);
