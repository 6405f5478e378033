insert into auth.users (id, email) values
    ('00000000-0000-4000-8000-000000000001', 'maria@acme.test'),
    ('00000000-0000-4000-8000-000000000002', 'tom@acme.test'),
    ('00000000-0000-4000-8000-000000000003', 'li@globex.test');

insert into organizations (id, slug, name) values
    ('10000000-0000-4000-8000-000000000001', 'acme', 'Acme Inc.'),
    ('10000000-0000-4000-8000-000000000002', 'globex', 'Globex');

insert into profiles (id, full_name) values
    ('00000000-0000-4000-8000-000000000001', 'Maria Lopez'),
    ('00000000-0000-4000-8000-000000000002', 'Tom Berg'),
    ('00000000-0000-4000-8000-000000000003', 'Li Na');

insert into org_members (org_id, user_id, role) values
    ('10000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001', 'owner'),
    ('10000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 'member'),
    ('10000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003', 'owner');

insert into projects (id, org_id, name) values
    (1, '10000000-0000-4000-8000-000000000001', 'Website'),
    (2, '10000000-0000-4000-8000-000000000001', 'Mobile app'),
    (3, '10000000-0000-4000-8000-000000000002', 'Data warehouse');

insert into tasks (id, project_id, title, status, assignee_id) values
    (1, 1, 'Redesign landing page', 'doing', '00000000-0000-4000-8000-000000000002'),
    (2, 1, 'Fix broken links', 'todo', null),
    (3, 2, 'Push notifications', 'done', '00000000-0000-4000-8000-000000000001'),
    (4, 3, 'Nightly ETL job', 'todo', '00000000-0000-4000-8000-000000000003');

insert into task_comments (task_id, author_id, body) values
    (1, '00000000-0000-4000-8000-000000000001', 'Use the new brand colours'),
    (1, '00000000-0000-4000-8000-000000000002', 'On it'),
    (4, '00000000-0000-4000-8000-000000000003', 'Blocked on credentials');

insert into labels (id, project_id, name, color) values
    (1, 1, 'bug', '#d73a4a'),
    (2, 1, 'design', '#a2eeef'),
    (3, 3, 'infra', '#999999');

insert into task_labels (task_id, label_id) values (1, 2), (2, 1), (4, 3);

insert into invitations (org_id, email, expires_at) values
    ('10000000-0000-4000-8000-000000000001', 'New.Hire@acme.test', '2030-01-01 00:00+00');

insert into api_tokens (org_id, token_hash, label) values
    ('10000000-0000-4000-8000-000000000001', 'sha256$4a1f0c', 'CI'),
    ('10000000-0000-4000-8000-000000000002', 'sha256$77be20', 'Zapier');

insert into audit_events (org_id, actor_id, action, details) values
    ('10000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001', 'project.create', '{"project": 1}'),
    (null, null, 'system.boot', '{}');

insert into subscriptions (org_id, plan, status, seats) values
    ('10000000-0000-4000-8000-000000000001', 'team', 'active', 5),
    ('10000000-0000-4000-8000-000000000002', 'free', 'past_due', 1);
