-- expect: extra column app.users.locale
alter table app.users add column locale text not null default 'en';
