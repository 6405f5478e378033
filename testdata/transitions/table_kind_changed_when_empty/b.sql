CREATE TABLE readings (
  id integer NOT NULL,
  at date NOT NULL,
  value numeric
) PARTITION BY RANGE (at);
COMMENT ON TABLE readings IS 'partitioned now';
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE VIEW readings_values AS SELECT id, value FROM readings;

-- rollups_2024 was a partition: detached, it keeps its rows and its primary key
CREATE TABLE rollups (
  id integer NOT NULL,
  at date NOT NULL,
  total numeric,
  PRIMARY KEY (id, at)
);
CREATE TABLE rollups_2024 (
  id integer NOT NULL,
  at date NOT NULL,
  total numeric,
  CONSTRAINT rollups_2024_pkey PRIMARY KEY (id, at)
);
CREATE TABLE rollup_notes (
  id integer,
  at date,
  note text,
  FOREIGN KEY (id, at) REFERENCES rollups
);
