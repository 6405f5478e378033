-- Constraint triggers: AFTER ... FOR EACH ROW only, optionally deferrable.
create table ledger (
    id bigserial primary key,
    batch_id int not null,
    amount numeric(12,2) not null
);

create table ledger_batches (id int primary key);

create function ledger_check_balanced() returns trigger language plpgsql as $$
begin
  if (select sum(amount) from ledger where batch_id = new.batch_id) <> 0 then
    raise exception 'batch % is not balanced', new.batch_id;
  end if;
  return null;
end;
$$;

create constraint trigger ledger_balanced
  after insert or update on ledger
  deferrable initially deferred
  for each row execute function ledger_check_balanced();

create constraint trigger ledger_balanced_immediate
  after delete on ledger
  not deferrable
  for each row execute procedure ledger_check_balanced();

create constraint trigger ledger_batch_ref
  after insert on ledger
  from ledger_batches
  deferrable initially immediate
  for each row when (new.amount <> 0)
  execute function ledger_check_balanced();
