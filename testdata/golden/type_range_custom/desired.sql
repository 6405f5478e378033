-- User-defined range types, with and without options; columns, constraints and a multirange.
create type floatrange as range (subtype = float8);

create function time_subtype_diff(x time, y time) returns float8
as 'select extract(epoch from (x - y))'
language sql strict immutable;

create type timerange as range (
    subtype = time,
    subtype_diff = time_subtype_diff
);

create type textrange as range (subtype = text, collation = "C");

create type int_range_named as range (
    subtype = int4,
    multirange_type_name = int_multirange_named
);

create table shifts (
    id serial primary key,
    worker text not null,
    hours timerange not null,
    score_band floatrange,
    letters textrange,
    days int_multirange_named,
    exclude using gist (hours with &&) where (worker <> 'nobody')
);
