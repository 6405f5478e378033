-- expect: changed column app.users.email
comment on column app.users.email is null;
