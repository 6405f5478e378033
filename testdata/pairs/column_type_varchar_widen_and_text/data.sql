insert into articles (slug, title, summary, body) values
    ('hello-world', 'Hello, world', 'A first post.', 'Lorem ipsum.'),
    ('drift', 'Why schemas drift', null, 'Because people run DDL by hand.'),
    ('long-title', 'A title that is exactly fifty characters long!!!!!', 'Short.', '');
