insert into audit_log (id, actor, action) values
    (1, 'admin', 'login'),
    (2, 'admin', 'delete user 7'),
    (3, 'cron', 'vacuum');

insert into user_roles (user_id, role) values
    (1, 'admin'),
    (1, 'editor'),
    (2, 'editor');
