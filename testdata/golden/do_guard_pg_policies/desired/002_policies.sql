do $$
begin
  if not exists (select 1 from pg_policies
                 where schemaname = 'public' and tablename = 'documents' and policyname = 'documents_owner') then
    create policy documents_owner on documents using (true);
  end if;

  if not exists (select 1 from pg_policies where tablename = 'documents' and policyname = 'documents_shared_read') then
    create policy documents_shared_read on documents for select using (shared);
  end if;

  if not exists (select 1 from pg_policy where polname = 'documents_owner_insert') then
    create policy documents_owner_insert on documents for insert with check (owner_name = current_user);
  end if;
end
$$;
