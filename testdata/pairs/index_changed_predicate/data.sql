insert into subscriptions (account_id, plan, status, cancelled_at, renews_on) values
    (1, 'pro', 'active', null, '2024-12-01'),
    (1, 'pro', 'cancelled', '2024-01-15 10:00+00', null),
    (2, 'team', 'past_due', null, '2024-11-15'),
    (3, 'free', 'trial', null, '2024-10-01');
