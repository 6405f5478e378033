-- DO blocks whose loops run over constants: pgdrift computes what EXECUTE runs (do_eval), so
-- the tables, indexes, partitions and comments they create are modelled like written ones.
create table events (id bigint not null, at date not null, kind text) partition by range (at);
create table event_log (id bigint not null, at date not null, kind text);

do $$
declare
  y integer;
  r record;
  suffix text := '_idx';
  kinds text[] := '{signup,"log in",purchase}';
begin
  -- a partition per year
  for y in 2023..2025 loop
    execute format('create table %I partition of events for values from (%L) to (%L)',
                   'events_' || y, y || '-01-01', (y + 1) || '-01-01');
  end loop;
  -- a partial index per kind, named from the loop's row
  for r in select k as kind, replace(k, ' ', '_') as slug from unnest(kinds) as k loop
    execute 'create index ' || quote_ident('event_log_' || r.slug || suffix) || ' on event_log (at) where kind = ' || quote_literal(r.kind);
  end loop;
  -- shards from generate_series, counting down
  for r in select format('create table shard_%s (id int primary key)', g) as ddl, g from generate_series(3, 1, -1) g loop
    execute r.ddl;
    execute concat_ws(' ', 'comment on table', 'shard_' || r.g, 'is', quote_nullable('shard ' || r.g));
    if r.g = 2 then  -- a constant condition: only the second shard
      execute format('alter table shard_%s set (fillfactor = 70)', r.g);
    elsif r.g > 2 then
      execute format('alter table shard_%s set (fillfactor = 80)', r.g);
    end if;
  end loop;
  foreach suffix in array array['a', 'B'] loop
    execute format('create table %1$I (like events including defaults)', 'copy_' || suffix);
  end loop;
end
$$;

-- Not constant: the rows come from the database, so pgdrift says it does not follow (W103).
-- expected-warning@+1 {{W103}}
do $$
declare r record;
begin
  for r in select tablename from pg_tables where schemaname = 'public' and tablename like 'shard_%' loop
    execute format('analyze %I', r.tablename);
  end loop;
end
$$;

-- Not followed either: a loop that leaves early (W103; this one changes nothing).
-- expected-warning@+1 {{W103}}
do $$
begin
  for i in 1..3 loop
    exit when i > 1;
    execute 'select 1';
  end loop;
end
$$;
