-- After: 2024 is archived as a table of its own (detached: its rows stay in it, events no longer
-- reads them); the logs no longer inherit base_log (NO INHERIT: their columns become their own).
CREATE TABLE events (id integer NOT NULL, at date NOT NULL, note text) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2024 (id integer NOT NULL, at date NOT NULL, note text);

CREATE TABLE base_log (id integer, msg text);
CREATE TABLE tagged (tag text);
CREATE TABLE audit_log (id integer, msg text, extra text);
CREATE TABLE app_log (id integer, msg text, x integer) INHERITS (tagged);
