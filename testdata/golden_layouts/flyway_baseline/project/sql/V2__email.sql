alter table accounts add column email text;
create unique index accounts_email_key on accounts (email);
