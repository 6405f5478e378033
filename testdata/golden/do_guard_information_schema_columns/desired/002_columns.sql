do $$
begin
  if not exists (
    select 1 from information_schema.columns
    where table_schema = 'public' and table_name = 'profiles' and column_name = 'avatar_url'
  ) then
    alter table public.profiles add column avatar_url text;
  end if;

  if not exists (select 1 from information_schema.columns
                 where table_name = 'profiles' and column_name = 'username') then
    alter table profiles add column username varchar(50);
  end if;

  if exists (select 1 from information_schema.columns
             where table_schema = 'public' and table_name = 'profiles'
               and column_name = 'legacy_flag') then
    alter table profiles drop column legacy_flag;
  end if;

  if exists (select 1 from information_schema.columns
             where table_name = 'profiles' and column_name = 'username' and data_type = 'text') then
    alter table profiles alter column username type varchar(64);
  end if;
end;
$$;
