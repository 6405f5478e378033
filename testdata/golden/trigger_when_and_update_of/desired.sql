-- WHEN conditions and UPDATE OF column lists.
create table tickets (
    id bigserial primary key,
    status text not null default 'open',
    priority int not null default 3,
    assignee text,
    closed_at timestamptz
);

create function tickets_set_closed_at() returns trigger language plpgsql as $$
begin
  new.closed_at := case when new.status = 'closed' then now() else null end;
  return new;
end
$$;

create function tickets_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('tickets', new.id::text);
  return null;
end
$$;

create trigger tickets_status_change
  before update of status on tickets
  for each row
  when (old.status is distinct from new.status)
  execute function tickets_set_closed_at();

create trigger tickets_urgent
  after insert or update of priority, assignee on tickets
  for each row when (new.priority <= 1)
  execute function tickets_notify();

create trigger tickets_reassigned
  after update on tickets
  for each row when (old.assignee is distinct from new.assignee and new.assignee is not null)
  execute function tickets_notify();
