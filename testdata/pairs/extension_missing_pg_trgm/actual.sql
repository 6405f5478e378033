create table places (
    id serial primary key,
    name text not null,
    city text not null,
    country char(2) not null
);

create index places_city_idx on places (city);
