alter table customers add column email text;
ALTER TABLE customers ADD COLUMN IF NOT EXISTS phone varchar(30);
alter table customers add column if not exists email varchar(5);    -- exists: no-op
alter table customers add created_at timestamptz not null default now(), add column vip bool default false;
alter table customers drop column fax;
alter table customers drop column if exists no_such_column;
alter table customers alter column name type text;
alter table customers alter tier set data type varchar(20);
