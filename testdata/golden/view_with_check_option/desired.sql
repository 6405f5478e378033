-- Auto-updatable views with CHECK OPTION, in both clause and reloption spellings.
create table accounts (
    id serial primary key,
    region text not null,
    active boolean not null default true,
    balance numeric(12,2) not null default 0
);

create view active_accounts as
  select * from accounts where active
  with check option;

create view eu_active_accounts as
  select * from active_accounts where region = 'eu'
  with local check option;

create view eu_rich_accounts as
  select id, region, balance from eu_active_accounts where balance > 1000
  with cascaded check option;

create view us_accounts with (check_option = local) as
  select * from accounts where region = 'us';
