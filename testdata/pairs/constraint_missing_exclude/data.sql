insert into rooms (id, name) values (1, 'Blue room'), (2, 'Green room');

insert into reservations (room_id, guest, during, cancelled) values
    (1, 'Ada', '[2024-06-01 09:00+00, 2024-06-01 10:00+00)', false),
    (1, 'Grace', '[2024-06-01 10:00+00, 2024-06-01 11:00+00)', false),
    (1, 'Alan', '[2024-06-01 09:30+00, 2024-06-01 10:30+00)', true),
    (2, 'Edsger', '[2024-06-01 09:30+00, 2024-06-01 10:30+00)', false);
