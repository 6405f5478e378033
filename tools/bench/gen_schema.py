#!/usr/bin/env python3
"""Writes a synthetic schema of N tables (columns, defaults, checks, FKs, indexes, a function and
policy per table) to stdout, to measure pgdrift on big inputs. usage: gen_schema.py N"""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
out = ["create extension if not exists pgcrypto;", "create type status as enum ('new', 'active', 'closed');"]
for i in range(n):
    t = "t%05d" % i
    ref = "references t%05d (id) on delete cascade" % (i - 1) if i else ""
    out.append(f"""create table {t} (
  id bigserial primary key,
  parent_id bigint {ref},
  name varchar(200) not null default '',
  state status not null default 'new',
  amount numeric(12,2) check (amount between 0 and 1000000),
  tags text[] default '{{}}',
  meta jsonb default '{{"v": 1}}',
  created_at timestamptz not null default now(),
  unique (name, parent_id)
);
create index on {t} (lower(name)) where state in ('new', 'active');
create function {t}_touch() returns trigger language plpgsql as $$ begin new.created_at := now(); return new; end $$;
create trigger {t}_touch before update on {t} for each row execute procedure {t}_touch();
alter table {t} enable row level security;
create policy {t}_read on {t} for select using (state <> 'closed');
comment on table {t} is 'synthetic table {i}';""")
print("\n".join(out))
