do $$
begin
  if not exists (select 1 from pg_indexes where schemaname = 'public' and indexname = 'events_user_id_idx') then
    create index events_user_id_idx on events (user_id, created_at);
  end if;

  if not exists (select 1 from pg_indexes where tablename = 'events' and indexname = 'events_kind_created_idx') then
    create index events_kind_created_idx on public.events (kind, created_at desc);
  end if;
end
$$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'i' AND c.relname = 'events_recent_idx' AND n.nspname = 'public') THEN
    CREATE INDEX events_recent_idx ON events (created_at) WHERE kind = 'login';
  END IF;
END $$;
