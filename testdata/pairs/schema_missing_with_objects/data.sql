insert into customers (email, name) values
    ('ops@acme.test', 'Acme'),
    ('it@globex.test', 'Globex');
