-- Classic table inheritance: columns merged from parents, CHECK constraints inherited.
create table base_entity (
    id bigserial primary key,
    created_at timestamptz not null default now(),
    check (id > 0)
);

create table audited (
    changed_by text,
    changed_at timestamptz
);

create table cities (
    name text not null,
    population int
) inherits (base_entity);

create table capitals (
    country char(2) not null,
    population int default 0
) inherits (cities);

create table documents (
    title text not null,
    created_at timestamptz not null default now()
) inherits (base_entity, audited);

create table local_notes (
    note text,
    constraint local_only check (note <> '') no inherit
);
create table sub_notes () inherits (local_notes);
