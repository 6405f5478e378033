-- Before: a year partition of events, and logs that inherit from two parents.
CREATE TABLE events (id integer NOT NULL, at date NOT NULL, note text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO events VALUES (1, '2024-05-01', 'archived'), (2, '2025-05-01', 'current');

CREATE TABLE base_log (id integer, msg text);
CREATE TABLE tagged (tag text);
CREATE TABLE audit_log (extra text) INHERITS (base_log);
CREATE TABLE app_log (x integer) INHERITS (base_log, tagged);
INSERT INTO audit_log VALUES (1, 'kept', 'row');
