insert into events (id, kind, payload) values
    (1, 'signup', '{"plan": "free"}'),
    (2, 'login', null),
    (2147483000, 'import', '{"rows": 12}');

insert into event_tags (event_id, tag, weight) values
    (1, 'web', 1),
    (2, 'mobile', 2),
    (2147483000, 'batch', 2147483647);
