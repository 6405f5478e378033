-- DO blocks guarded by the catalogs of the other kinds (publications, access methods, text search
-- templates, types of every sort): each guard evaluated offline against what the migrations made
-- so far, as PostgreSQL evaluates it.
create publication audit_pub;
create domain mood as text;

do $$
begin
  if not exists (select 1 from pg_publication where pubname = 'audit_pub') then
    create publication audit_pub for all tables;  -- not run: the publication exists
  end if;
  if not exists (select 1 from pg_catalog.pg_am where amname = 'heap_copy') then
    create access method heap_copy type table handler heap_tableam_handler;  -- run
  end if;
  if exists (select 1 from pg_ts_template where tmplname = 'no_such_template') then
    create text search dictionary never_made (template = simple);  -- not run
  end if;
  if not exists (select 1 from pg_type where typname = 'mood') then
    create type mood as enum ('happy');  -- not run: a domain has that name
  end if;
end $$;
