create schema staging;
create schema keep;
create type staging.state as enum ('new', 'done');
create table staging.raw_rows (id serial primary key, state staging.state, line text);
create table keep.things (id int primary key, raw_id int references staging.raw_rows (id));
create index keep_things_raw_idx on keep.things (raw_id);
create schema empty_one;
