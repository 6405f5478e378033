update author set email = 'unknown@example.com' where email is null;
alter table author alter column email set not null;
