insert into users (id, email, legacy_password_md5) values
    (1, 'old@example.com', '5f4dcc3b5aa765d61d8327deb882cf99'),
    (2, 'new@example.com', null);

insert into old_sessions (token, user_id) values
    ('tok_abc123', 1),
    ('tok_def456', 2);
