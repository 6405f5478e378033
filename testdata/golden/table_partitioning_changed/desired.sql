-- A partition made standalone (detached), a child that no longer inherits, and two tables whose
-- kind changed between regular and partitioned (kept: converting moves every row).
CREATE TABLE events (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2024 (id integer NOT NULL, at date NOT NULL);
CREATE TABLE base_log (id integer, msg text);
CREATE TABLE audit_log (id integer, msg text, extra text);
CREATE TABLE readings (at date NOT NULL, v numeric) PARTITION BY RANGE (at);
CREATE TABLE rollups (at date NOT NULL, v numeric);
