-- expect: changed table app.users
comment on table app.users is 'Accounts, human or not';
