insert into tickets (title, status, priority) values
    ('Printer on fire', 'open', 'high'),
    ('Reset password', 'closed', 'low'),
    ('Add dark mode', 'open', 'low');
