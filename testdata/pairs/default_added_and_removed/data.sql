insert into sessions (id, user_id, ip, created_at, expires_at) values
    ('6f1c2d3e-0000-4000-8000-000000000001', 10, '10.0.0.7', '2024-05-01 10:00+00', '2024-05-31 10:00+00'),
    ('6f1c2d3e-0000-4000-8000-000000000002', 11, null, '2024-05-02 11:30+00', null);

insert into sessions (id, user_id, user_agent, created_at) values
    ('6f1c2d3e-0000-4000-8000-000000000003', 10, 'curl/8.5.0', '2024-05-03 09:15+00');
