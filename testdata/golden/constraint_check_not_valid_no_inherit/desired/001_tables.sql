create table readings (
    id bigserial primary key,
    sensor_id int,
    value numeric,
    taken_at timestamptz default now(),
    constraint readings_value_finite check (value <> 'NaN') no inherit
);
create table sensors (id int primary key);
insert into readings (sensor_id, value) values (1, -5), (2, 3);
