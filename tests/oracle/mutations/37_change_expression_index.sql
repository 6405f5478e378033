-- expect: changed index app.users_email_lower_key
drop index app.users_email_lower_key;
create unique index users_email_lower_key on app.users (lower(email), deleted_at);
