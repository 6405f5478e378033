create table items (
    id serial primary key,
    name text not null,
    updated_at timestamptz
);

create function items_touch() returns trigger language plpgsql as $$
begin new.updated_at = now(); return new; end
$$;

create function items_touch_v2() returns trigger language plpgsql as $$
begin new.updated_at = clock_timestamp(); return new; end
$$;

create trigger items_touch before update on items
  for each row execute function items_touch();
