insert into messages (thread_id, sender_id, body, sent_at) values
    (100, 1, 'Hi there', '2024-04-01 09:00+00'),
    (100, 2, 'Hello!', '2024-04-01 09:01+00'),
    (101, 1, 'Lunch?', '2024-04-02 12:00+00');
