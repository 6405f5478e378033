-- Self-referencing FKs, FKs across schemas, FK to a UNIQUE (non-PK) column.
create schema ref;
create table ref.countries (
    iso2 char(2) primary key,
    iso3 char(3) not null unique,
    name text not null
);

create table categories (
    id bigserial primary key,
    parent_id bigint references categories (id) on delete cascade,
    name text not null
);

create table employees (
    id int primary key,
    manager_id int,
    country char(2) not null references ref.countries,
    country3 char(3) references ref.countries (iso3),
    constraint employees_manager_fk foreign key (manager_id) references employees deferrable
);
