-- REPLICA IDENTITY: default (primary key), full, nothing, using a unique index.
create table with_pk (id int primary key, v text);

create table full_rows (id int, v text);
alter table full_rows replica identity full;

create table no_identity (v text);
alter table no_identity replica identity nothing;

create table keyed_by_index (
    id int not null,
    code text not null,
    v text
);
create unique index keyed_by_index_code_idx on keyed_by_index (code);
alter table keyed_by_index replica identity using index keyed_by_index_code_idx;

create table back_to_default (id int primary key, v text);
alter table back_to_default replica identity full;
alter table back_to_default replica identity default;
