insert into support_requests (subject, requester_email, created_at) values
    ('Cannot log in', 'x@example.com', '2024-03-03 10:10+00'),
    ('Refund please', 'y@example.com', '2024-03-04 14:00+00');
