insert into orders (customer_id, status, total, email, created_at, deleted_at) values
    (1, 'open', 19.99, 'A@Example.com', '2024-01-10 12:00+00', null),
    (1, 'shipped', 250.00, 'a@example.com', '2024-01-11 09:30+00', null),
    (2, 'pending', 5.50, 'b@example.com', '2024-02-01 17:45+00', '2024-02-02 08:00+00');
