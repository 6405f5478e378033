insert into users (email, username, tenant_id) values
    ('Ann@Example.com', 'ann', 1),
    ('ben@example.com', 'ben', 1),
    ('carl@example.com', 'ann', 2);
