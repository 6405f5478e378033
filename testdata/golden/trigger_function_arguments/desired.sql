-- One trigger function, configured per table through TG_ARGV arguments.
create table posts (id serial primary key, title text, modified timestamptz);
create table comments (id serial primary key, body text, edited_on timestamptz);

create function set_timestamp_column() returns trigger language plpgsql as $$
begin
  new := jsonb_populate_record(new, jsonb_build_object(tg_argv[0], now()));
  return new;
end;
$$;

create trigger posts_modified before update on posts
  for each row execute function set_timestamp_column('modified');

create trigger comments_edited before update on comments
  for each row execute function set_timestamp_column('edited_on', 42, 'extra arg');
