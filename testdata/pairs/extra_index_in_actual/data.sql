insert into page_views (path, referrer, viewed_at) values
    ('/', null, '2024-02-01 08:00+00'),
    ('/pricing', 'https://news.example.com/', '2024-02-01 08:05+00'),
    ('/pricing', null, '2024-02-01 09:12+00');
