insert into users (email) values ('a@example.com'), ('b@example.com');

insert into feature_flags (name, enabled) values ('new_checkout', true), ('beta_search', false);

-- rows in the extra table: must still be there after reconciling
insert into users_backup_20240301 (id, email) values (1, 'a@example.com'), (2, 'old-b@example.com');
