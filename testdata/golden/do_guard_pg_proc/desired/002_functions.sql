do $do$
begin
  if not exists (select 1 from pg_proc where proname = 'touch_updated_at') then
    create function touch_updated_at() returns trigger language plpgsql as $$
    begin new.updated_at := clock_timestamp(); return new; end $$;
  end if;

  if not exists (select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname = 'public' and p.proname = 'item_count') then
    create function item_count() returns bigint language sql stable as $$ select count(*) from items $$;
  end if;

  if not exists (select 1 from pg_trigger where tgname = 'items_touch' and tgrelid = 'items'::regclass) then
    create trigger items_touch before update on items for each row execute function touch_updated_at();
  end if;
end
$do$;
