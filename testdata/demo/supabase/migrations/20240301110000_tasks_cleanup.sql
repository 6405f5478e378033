-- tasks: new completion timestamp, clearer names, drop the old import column
alter table tasks add column completed_at timestamptz;
alter table tasks rename column estimate_hours to estimate_minutes;
alter table tasks alter column estimate_minutes type bigint;
alter table tasks drop column legacy_ref;
alter table tasks add constraint tasks_completed_after_created
  check (completed_at is null or completed_at >= created_at);
