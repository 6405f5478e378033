-- A hot fix of a function body made by hand.
-- expect: changed function app.touch_updated_at()
create or replace function app.touch_updated_at() returns trigger language plpgsql as $$
begin
  new.updated_at := clock_timestamp();
  return new;
end $$;
