-- Tables that change kind between regular and partitioned. Neither holds rows of its own, so
-- the reconciler makes each again in its new kind: the view on the first is set aside and
-- created again, the second's partition is detached with its rows and kept standalone, the
-- foreign key that references the second is dropped and added again.

CREATE TABLE readings (
  id integer NOT NULL,
  at date NOT NULL,
  value numeric
);
COMMENT ON TABLE readings IS 'regular here, partitioned in b';
CREATE VIEW readings_values AS SELECT id, value FROM readings;

CREATE TABLE rollups (
  id integer NOT NULL,
  at date NOT NULL,
  total numeric,
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE rollups_2024 PARTITION OF rollups FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE rollup_notes (
  id integer,
  at date,
  note text,
  FOREIGN KEY (id, at) REFERENCES rollups
);
INSERT INTO rollups VALUES (1, '2024-03-01', 10), (2, '2024-07-01', 20);
