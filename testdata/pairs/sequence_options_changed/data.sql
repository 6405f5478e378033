insert into tickets (title) values
    ('Broken link on pricing page'),
    ('Typo in footer'),
    ('Export times out');
