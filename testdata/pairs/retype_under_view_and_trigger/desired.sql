-- balance widened to bigint: PostgreSQL refuses to retype a column a view or a trigger uses,
-- so the reconciler drops them first and creates them again
create table accounts (
    id integer primary key,
    balance bigint not null default 0,
    owner text
);
create view rich_accounts as select id, balance from accounts where balance > 1000;
create function accounts_guard() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger accounts_guard before update of balance on accounts
    for each row when (old.balance is distinct from new.balance) execute function accounts_guard();
