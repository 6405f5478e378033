-- Triggers can be disabled, or set to fire only for replication/always.
create table sync_items (
    id serial primary key,
    payload text,
    changed_at timestamptz
);

create function sync_items_touch() returns trigger language plpgsql as $$
begin new.changed_at := now(); return new; end $$;

create trigger sync_items_a before update on sync_items for each row execute function sync_items_touch();
create trigger sync_items_b before update on sync_items for each row execute function sync_items_touch();
create trigger sync_items_c before update on sync_items for each row execute function sync_items_touch();
create trigger sync_items_d before update on sync_items for each row execute function sync_items_touch();
create trigger sync_items_e before update on sync_items for each row execute function sync_items_touch();

-- everything off first, then switch individual triggers back on
-- expected-warning@+1 {{W101}}
alter table only sync_items disable trigger user;
alter table sync_items enable trigger sync_items_e;
alter table sync_items enable replica trigger sync_items_b;
alter table sync_items enable always trigger sync_items_c;
alter table sync_items enable trigger sync_items_d;
alter table sync_items disable trigger sync_items_d;
alter table sync_items disable trigger sync_items_a;
