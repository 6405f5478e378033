create table accounts (
    id serial primary key,
    name text not null,
    updated_at timestamptz
);

create function accounts_touch() returns trigger language plpgsql as $$
begin new.updated_at := now(); return new; end;
$$;

create trigger accounts_touch_ins before insert on accounts for each row execute procedure accounts_touch();
create trigger accounts_touch_upd before update on accounts for each row execute procedure accounts_touch();
create trigger accounts_touch_tmp before update on accounts for each row execute procedure accounts_touch();
