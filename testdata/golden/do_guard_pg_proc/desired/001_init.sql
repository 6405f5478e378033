create table items (id serial primary key, name text, updated_at timestamptz);
create function touch_updated_at() returns trigger language plpgsql as $$
begin new.updated_at := now(); return new; end $$;
