insert into jobs (queue, status) values
    ('mail', 'new'),
    ('default', 'done');

insert into jobs (queue, status, max_attempts, run_at, timeout) values
    ('reports', 'failed', 1, '2024-03-01 08:00:00+00', '2 hours');
