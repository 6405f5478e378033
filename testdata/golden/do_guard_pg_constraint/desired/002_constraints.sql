do $$
begin
  if not exists (select 1 from pg_constraint where conname = 'members_team_id_fkey') then
    alter table members add constraint members_team_id_fkey
      foreign key (team_id) references teams(id) on delete cascade;
  end if;

  if not exists (
    select 1 from pg_constraint
    where conname = 'members_email_key' and conrelid = 'public.members'::regclass
  ) then
    alter table members add constraint members_email_key unique (email);
  end if;

  if not exists (select 1 from pg_constraint c join pg_class t on t.oid = c.conrelid
                 where t.relname = 'members' and c.contype = 'c' and c.conname = 'members_age_check') then
    alter table members add constraint members_age_check check (age >= 0);
  end if;
end $$;

-- run again: every guard is now false
do $$
begin
  if not exists (select 1 from pg_constraint where conname = 'members_email_key') then
    alter table members add constraint members_email_key unique (email, team_id);
  end if;
end $$;
