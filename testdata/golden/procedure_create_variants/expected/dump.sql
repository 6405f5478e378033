-- pgdrift catalog dump
CREATE SEQUENCE public.job_runs_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE PROCEDURE public.batch_touch(OUT touched integer) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $function$
begin
  update job_runs set rows_done = rows_done where true;
  get diagnostics touched = row_count;
  commit;
end;
$function$;
CREATE OR REPLACE PROCEDURE public.insert_marker(j text) LANGUAGE sql
    AS $function$ insert into job_runs (job) values (j) $function$;
CREATE OR REPLACE PROCEDURE public.purge_runs(keep_days integer, INOUT deleted integer DEFAULT 0) LANGUAGE plpgsql
    AS $function$
begin
  delete from job_runs where started_at < now() - make_interval(days => keep_days);
  get diagnostics deleted = row_count;
end
$function$;
CREATE OR REPLACE PROCEDURE public.record_run(p_job text, p_rows integer DEFAULT 0) LANGUAGE plpgsql
    AS $function$
begin
  insert into job_runs (job, rows_done) values (p_job, p_rows);
end;
$function$;
CREATE TABLE public.job_runs (
    id bigint DEFAULT (nextval('public.job_runs_id_seq'::pg_catalog.regclass)) NOT NULL,
    job text NOT NULL,
    started_at timestamp with time zone DEFAULT (now()) NOT NULL,
    rows_done integer DEFAULT (0) NOT NULL
);
ALTER TABLE public.job_runs ADD CONSTRAINT job_runs_pkey PRIMARY KEY (id);
ALTER SEQUENCE public.job_runs_id_seq OWNED BY public.job_runs.id;
