insert into orders (customer_email, placed_at) values
    ('a@example.com', '2024-01-01 10:00+00'),
    ('b@example.com', '2024-01-02 11:00+00'),
    ('a@example.com', '2024-01-05 09:30+00');
