-- CREATE INDEX without a name: <table>_<cols>_idx, expressions use the function name,
-- collisions append a number.
create table logs (
    id bigint generated always as identity,
    level text,
    source text,
    message text,
    at timestamp
);

create index on logs (level);                 -- logs_level_idx
create index on logs (level, source);         -- logs_level_source_idx
create index on logs (lower(message));        -- logs_lower_idx
create index on logs ((at::date));            -- logs_at_idx
create index on logs (level) where at > '2024-01-01';   -- logs_level_idx1
create unique index on logs (id);             -- logs_id_idx
create index on logs using brin (at);         -- logs_at_idx1
create index if not exists logs_source_idx on logs (source);
create index if not exists logs_source_idx on logs (message);   -- exists (on source): no-op
