-- pgdrift catalog dump
CREATE SCHEMA keep;
CREATE TABLE keep.things (
    id integer NOT NULL,
    raw_id integer
);
ALTER TABLE keep.things ADD CONSTRAINT things_pkey PRIMARY KEY (id);
CREATE INDEX keep_things_raw_idx ON keep.things USING btree (raw_id);
