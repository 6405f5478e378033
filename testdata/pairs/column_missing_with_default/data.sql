insert into projects (name, owner_email) values
    ('Website relaunch', 'pm@example.com'),
    ('Mobile app', 'lead@example.com');

insert into tasks (project_id, title) values
    ((select id from projects where name = 'Website relaunch'), 'Pick a font'),
    ((select id from projects where name = 'Website relaunch'), 'Write copy'),
    ((select id from projects where name = 'Mobile app'), 'Set up CI');
