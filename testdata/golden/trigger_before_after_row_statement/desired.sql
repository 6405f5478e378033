-- Timing (BEFORE/AFTER) x level (ROW/STATEMENT) x events.
create table stock (
    sku text primary key,
    qty int not null default 0,
    updated_at timestamptz
);

create table stock_log (
    id bigserial primary key,
    op text not null,
    sku text,
    at timestamptz not null default now()
);

create function stock_touch() returns trigger language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

create function stock_audit() returns trigger language plpgsql as $$
begin
  insert into stock_log (op, sku) values (tg_op, coalesce(new.sku, old.sku));
  return null;
end;
$$;

create function stock_stmt_notice() returns trigger language plpgsql as $$
begin
  raise notice '% on stock done', tg_op;
  return null;
end;
$$;

create trigger stock_touch_biu before insert or update on stock
  for each row execute function stock_touch();

create trigger stock_audit_aiud after insert or update or delete on stock
  for each row execute function stock_audit();

create trigger stock_truncate_notice after truncate on stock
  for each statement execute function stock_stmt_notice();

-- no FOR EACH clause: statement level is the default
create trigger stock_stmt_after_delete after delete on stock
  execute function stock_stmt_notice();
