CREATE TYPE priority AS ENUM (
  'minor' /* @renamed from=low */,
  'normal', -- @renamed from=medium
  'high'
);
CREATE TABLE tasks (id integer PRIMARY KEY, p priority);
