-- ids used to be assigned by the application
create table devices (
    id bigint primary key,
    serial_no text not null unique,
    registered_at timestamptz not null default now()
);

create table readings (
    device_id bigint not null references devices (id),
    seq int not null,
    value double precision not null,
    primary key (device_id, seq)
);
