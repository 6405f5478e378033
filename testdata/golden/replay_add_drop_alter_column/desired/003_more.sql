alter table customers add column fax text;   -- re-added: now at the end, nullable, no default
alter table customers drop column vip, add column score int default 0 check (score >= 0);
