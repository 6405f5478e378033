-- migrate:up transaction:false
create index concurrently if not exists sessions_expires_at_idx on sessions (expires_at);

-- migrate:down transaction:false
drop index concurrently if exists sessions_expires_at_idx;
