-- pgdrift catalog dump
CREATE SEQUENCE public.measurements_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.measurements_count_ins() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  insert into measurement_counts (sensor, n)
  select sensor, count(*) from new_rows group by sensor
  on conflict (sensor) do update set n = measurement_counts.n + excluded.n;
  return null;
end;
$function$;
CREATE OR REPLACE FUNCTION public.measurements_count_upd() RETURNS trigger LANGUAGE plpgsql
    AS $function$
begin
  raise notice 'updated % rows', (select count(*) from new_rows);
  return null;
end;
$function$;
CREATE TABLE public.measurement_counts (
    sensor text NOT NULL,
    n bigint DEFAULT (0) NOT NULL
);
ALTER TABLE public.measurement_counts ADD CONSTRAINT measurement_counts_pkey PRIMARY KEY (sensor);
CREATE TABLE public.measurements (
    id bigint DEFAULT (nextval('public.measurements_id_seq'::pg_catalog.regclass)) NOT NULL,
    sensor text NOT NULL,
    value double precision NOT NULL
);
ALTER TABLE public.measurements ADD CONSTRAINT measurements_pkey PRIMARY KEY (id);
CREATE TRIGGER measurements_after_insert AFTER INSERT ON public.measurements REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.measurements_count_ins();
CREATE TRIGGER measurements_after_update AFTER UPDATE ON public.measurements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.measurements_count_upd();
ALTER SEQUENCE public.measurements_id_seq OWNED BY public.measurements.id;
