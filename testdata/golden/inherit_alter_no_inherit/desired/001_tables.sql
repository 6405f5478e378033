create table vehicles (
    id serial primary key,
    wheels int not null default 4,
    constraint vehicles_wheels_positive check (wheels > 0)
);

create table cars (
    id int not null,
    wheels int not null default 4,
    brand text,
    constraint vehicles_wheels_positive check (wheels > 0)
);

create table bikes (brand text) inherits (vehicles);
