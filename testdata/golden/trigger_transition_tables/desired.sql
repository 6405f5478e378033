-- Statement-level triggers with transition tables (REFERENCING NEW/OLD TABLE AS).
create table measurements (
    id bigserial primary key,
    sensor text not null,
    value double precision not null
);

create table measurement_counts (
    sensor text primary key,
    n bigint not null default 0
);

create function measurements_count_ins() returns trigger language plpgsql as $$
begin
  insert into measurement_counts (sensor, n)
  select sensor, count(*) from new_rows group by sensor
  on conflict (sensor) do update set n = measurement_counts.n + excluded.n;
  return null;
end;
$$;

create function measurements_count_upd() returns trigger language plpgsql as $$
begin
  raise notice 'updated % rows', (select count(*) from new_rows);
  return null;
end;
$$;

create trigger measurements_after_insert
  after insert on measurements
  referencing new table as new_rows
  for each statement execute function measurements_count_ins();

create trigger measurements_after_update
  after update on measurements
  referencing old table as old_rows new table as new_rows
  for each statement execute function measurements_count_upd();
