create extension if not exists pg_trgm;

create table places (
    id serial primary key,
    name text not null,
    city text not null,
    country char(2) not null
);

create index places_city_idx on places (city);

-- fuzzy search box
create index places_name_trgm_idx on places using gin (name gin_trgm_ops);
create index places_city_trgm_idx on places using gist (city gist_trgm_ops);
