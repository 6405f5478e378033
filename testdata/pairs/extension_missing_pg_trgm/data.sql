insert into places (name, city, country) values
    ('Café de Flore', 'Paris', 'FR'),
    ('Brandenburger Tor', 'Berlin', 'DE'),
    ('Golden Gate Bridge', 'San Francisco', 'US');
