-- expect: changed column app.users.display_name
alter table app.users alter column display_name set not null;
