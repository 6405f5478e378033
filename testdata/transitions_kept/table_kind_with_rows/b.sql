-- (no partition of events here: one could not be created while events stays regular)
CREATE TABLE events (id integer NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);

CREATE TABLE totals (id integer NOT NULL, at date NOT NULL);
CREATE TABLE totals_2024 (id integer NOT NULL, at date NOT NULL);
CREATE TABLE snapshots (id integer, last totals);
