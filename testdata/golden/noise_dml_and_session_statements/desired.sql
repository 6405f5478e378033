-- Session settings, DML and maintenance mixed with DDL: only the DDL shapes the schema.
SET statement_timeout = 0;
set lock_timeout = '5s';
SET client_min_messages = warning;
select pg_catalog.set_config('search_path', 'public', false);

create table countries (code char(2) primary key, name text not null);
insert into countries (code, name) values ('FR', 'France'), ('DE', 'Germany');
insert into countries values ('IT', 'Italy') on conflict (code) do nothing;

create table cities (
    id serial primary key,
    country char(2) not null references countries,
    name text not null,
    population int
);
insert into cities (country, name, population) select 'FR', 'Paris', 2100000;
update cities set population = population + 1 where name = 'Paris';
delete from cities where population is null;
select count(*) from cities;
select 1;
analyze cities;
ANALYZE;
reset lock_timeout;
select setval('cities_id_seq', 100);
create index cities_country_idx on cities (country);
truncate table cities restart identity;
notify schema_changed, 'cities';
discard plans;
