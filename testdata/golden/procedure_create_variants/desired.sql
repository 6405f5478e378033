-- Procedures: no return type, may COMMIT, may have INOUT (and OUT, PG14+) arguments.
create table job_runs (
    id bigserial primary key,
    job text not null,
    started_at timestamptz not null default now(),
    rows_done int not null default 0
);

create procedure record_run(p_job text, p_rows int default 0)
language plpgsql
as $$
begin
  insert into job_runs (job, rows_done) values (p_job, p_rows);
end;
$$;

create or replace procedure purge_runs(keep_days int, inout deleted int default 0)
language plpgsql
as $proc$
begin
  delete from job_runs where started_at < now() - make_interval(days => keep_days);
  get diagnostics deleted = row_count;
end
$proc$;

create procedure batch_touch(out touched int)
language plpgsql
security definer
set search_path = public
as $$
begin
  update job_runs set rows_done = rows_done where true;
  get diagnostics touched = row_count;
  commit;
end;
$$;

create procedure insert_marker(j text)
language sql
as $$ insert into job_runs (job) values (j) $$;
