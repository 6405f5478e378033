-- Per-column planner settings: statistics target, n_distinct, storage, compression.
create table observations (
    id bigserial primary key,
    station text not null,
    kind text not null,
    reading double precision,
    raw_payload text,
    blob bytea
);

alter table observations alter column station set statistics 500;
alter table observations alter column kind set statistics 10;
alter table observations alter reading set statistics -1;
alter table observations alter column kind set (n_distinct = 20);
alter table observations alter column station set (n_distinct = -0.05, n_distinct_inherited = -0.1);
alter table observations alter column raw_payload set storage external;
alter table observations alter column blob set storage main;
alter table observations alter column raw_payload set compression pglz;

create index observations_lower_station_idx on observations (lower(station));
alter index observations_lower_station_idx alter column 1 set statistics 1000;
create table readings (like observations including storage including compression);
create table notes (body text compression pglz, payload jsonb);
alter table notes alter column payload set storage extended;
alter table notes alter column body set storage extended;
