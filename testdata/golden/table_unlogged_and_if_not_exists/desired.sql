-- Unlogged table; repeated CREATE TABLE IF NOT EXISTS keeps the FIRST definition.
create unlogged table cache_entries (
    key text primary key,
    value bytea,
    expires_at timestamptz
);

create table if not exists jobs (
    id serial primary key,
    name text not null
);

-- already exists: PostgreSQL only emits a notice, columns below are NOT added
create table if not exists jobs (
    id bigserial primary key,
    name varchar(10),
    extra_column text
);

CREATE UNLOGGED TABLE IF NOT EXISTS scratch (id int, note text);
