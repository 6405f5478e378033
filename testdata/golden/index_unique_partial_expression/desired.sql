-- Unique, partial and expression indexes.
create table accounts (
    id bigserial primary key,
    email text not null,
    username varchar(40),
    deleted_at timestamptz,
    total numeric(12,2) default 0,
    kind text
);

create unique index accounts_email_lower_key on accounts (lower(email));
create unique index accounts_username_live_key on accounts (username) where deleted_at is null;
create index accounts_live_idx on accounts (id) where (deleted_at is null);
create index accounts_big_idx on accounts (total) where total > 1000;
create index accounts_kind_idx on accounts (kind) where kind in ('admin', 'staff');
CREATE UNIQUE INDEX accounts_email_kind_key ON accounts (LOWER(email), kind) WHERE deleted_at IS NULL AND kind IS NOT NULL;
create index accounts_created_day_idx on accounts ((date_trunc('day', deleted_at at time zone 'UTC')));
create index accounts_coalesce_idx on accounts (coalesce(username, email));
