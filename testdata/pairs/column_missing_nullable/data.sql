insert into users (email, display_name) values
    ('alice@example.com', 'Alice'),
    ('bob@example.com', null),
    ('carol@example.com', 'Carol C.');
