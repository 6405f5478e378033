-- Range partitioning by month, with a default partition and MINVALUE/MAXVALUE bounds.
create table measurements (
    id bigint generated always as identity,
    sensor_id int not null,
    taken_at timestamptz not null,
    value double precision,
    primary key (id, taken_at)
) partition by range (taken_at);

create table measurements_2024_01 partition of measurements
    for values from ('2024-01-01') to ('2024-02-01');
create table measurements_2024_02 partition of measurements
    for values from ('2024-02-01 00:00:00+00') to ('2024-03-01 00:00:00+00');
create table measurements_old partition of measurements
    for values from (minvalue) to ('2024-01-01');
create table measurements_default partition of measurements default;

-- two-column range key
create table readings (
    year int not null,
    month int not null,
    reading numeric
) partition by range (year, month);

create table readings_2024_h1 partition of readings for values from (2024, 1) to (2024, 7);
create table readings_2024_h2 partition of readings for values from (2024, 7) to (2025, 1);
create table readings_future partition of readings for values from (2025, 1) to (maxvalue, maxvalue);
