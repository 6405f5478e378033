-- Defaults on arguments, spelled with DEFAULT and with '='.
create table events (
    id bigserial primary key,
    kind text not null,
    payload jsonb not null default '{}',
    created_at timestamptz not null default now()
);

create function log_event(p_kind text, p_payload jsonb default '{}'::jsonb, p_at timestamptz = now())
returns bigint
language plpgsql
as $$
declare
  new_id bigint;
begin
  insert into events (kind, payload, created_at) values (p_kind, p_payload, p_at)
  returning id into new_id;
  return new_id;
end
$$;

create function recent_events(lim int = 10, kind_filter text default null)
returns setof events
language sql stable
as $$
  select * from events
  where kind_filter is null or kind = kind_filter
  order by created_at desc
  limit lim
$$;

create function pad_code(code text, width int default 8, fill text default '0')
returns text language sql immutable
as $$ select lpad(code, width, fill) $$;
