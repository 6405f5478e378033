do $$
begin
  if not exists (select 1 from pg_class where relname = 'invoice_numbers' and relkind = 'S') then
    create sequence invoice_numbers start 1;
  end if;

  if not exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relname = 'invoice_totals' and c.relkind = 'v') then
    create view invoice_totals as select count(*) as n, max(number) as last_number from invoices;
  end if;

  if to_regclass('public.invoice_archive') is null then
    create table invoice_archive (like invoices including all);
  end if;

  if (select relrowsecurity from pg_class where oid = 'public.invoices'::regclass) = false then
    alter table invoices enable row level security;
  end if;
end
$$;

alter table invoices alter column number set default nextval('invoice_numbers');
