-- A regular table with rows that the desired schema partitions, and a partitioned one whose
-- parent holds no rows but which a composite column uses: both are left as they are. An empty
-- one beside them is made again partitioned (without --allow-drop: nothing is dropped that
-- held a row).
CREATE TABLE events (id integer NOT NULL, at date NOT NULL, payload text);
INSERT INTO events VALUES (1, '2024-02-01', 'kept'), (2, '2024-03-01', 'kept too');

CREATE TABLE totals (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE totals_2024 PARTITION OF totals FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE snapshots (id integer, last totals);

CREATE TABLE drafts (id integer NOT NULL, at date NOT NULL);
