-- CREATE TABLE AS: column types the query states (casts and constants) are known and compared;
-- one computed by a function is not (W101), and its name still is.
create table empty_string as select 1 as id, ''::text as string;
create table some_numbers as select x::int as val from generate_series(1, 10) x;
create table constants (a, b, c, d, e) as select 9000000000, 1.5, true, 'x', 'y'::varchar(10);
-- expected-warning@+1 {{W101}}
create table computed as select now() as at, 2::smallint as n;
