CREATE TABLE events (id integer NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
-- cannot be created while events stays regular: left out, with a warning
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_2024_at ON events_2024 (at);

CREATE TABLE totals (id integer NOT NULL, at date NOT NULL);
CREATE TABLE totals_2024 (id integer NOT NULL, at date NOT NULL);
CREATE TABLE snapshots (id integer, last totals);

CREATE TABLE drafts (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
