-- guard false: customers exists already, so its second definition is skipped
do $$
begin
  if not exists (select 1 from information_schema.tables
                 where table_schema = 'public' and table_name = 'customers') then
    create table customers (
      id uuid primary key,
      full_name text
    );
  end if;

  -- guard true: created here
  IF NOT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'invoices') THEN
    CREATE TABLE invoices (
      id bigserial PRIMARY KEY,
      customer_id bigint NOT NULL REFERENCES customers(id),
      amount numeric(10,2) NOT NULL DEFAULT 0
    );
    RAISE NOTICE 'created invoices';
  END IF;
end
$$;

-- positive form: only touch the table when it exists
do $$
begin
  if exists (select from information_schema.tables where table_schema = 'public' and table_name = 'invoices') then
    alter table invoices add column if not exists paid boolean not null default false;
  end if;
end $$;
