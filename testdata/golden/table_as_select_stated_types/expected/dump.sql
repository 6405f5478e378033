-- pgdrift catalog dump
CREATE TABLE public.computed AS SELECT now() AS at, 2::smallint AS n;
CREATE TABLE public.constants AS SELECT 9000000000 AS a, 1.5 AS b, true AS c, 'x' AS d, 'y'::varchar(10) AS e;
CREATE TABLE public.empty_string AS SELECT 1 AS id, ''::pg_catalog.text AS string;
CREATE TABLE public.some_numbers AS SELECT x.x::int AS val FROM generate_series(1, 10) x(x);
