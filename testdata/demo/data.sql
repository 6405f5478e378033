-- A few rows per table for the reconciler tests (tests/oracle/reconcile.sh): loaded after
-- setup.sql and prod.sql, and valid for the schema of supabase/migrations as well (project names
-- fit varchar(100), priorities are 1..5). Fixed ids and timestamps keep runs comparable.

insert into auth.users (id) values
    ('00000000-0000-4000-8000-0000000000a1'),
    ('00000000-0000-4000-8000-0000000000a2'),
    ('00000000-0000-4000-8000-0000000000a3');

insert into public.organizations (id, slug, name, plan, settings, created_by, created_at) values
    ('10000000-0000-4000-8000-000000000001', 'acme', 'Acme Corp', 'pro', '{"seats": 10}',
     '00000000-0000-4000-8000-0000000000a1', '2024-01-05 10:00:00+00'),
    ('10000000-0000-4000-8000-000000000002', 'globex', 'Globex', 'free', '{}',
     null, '2024-01-06 11:30:00+00');

insert into public.members (organization_id, user_id, role, invited_email, joined_at) values
    ('10000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a1', 'owner',
     null, '2024-01-05 10:00:00+00'),
    ('10000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a2', 'viewer',
     'bo@example.com', '2024-02-16 09:00:00+00'),
    ('10000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000a3', 'admin',
     null, null);

insert into public.projects (id, organization_id, name, tags, archived, created_at, updated_at) values
    ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001',
     'Website relaunch', '{web,q1}', false, '2024-01-10 14:00:00+00', '2024-02-01 08:00:00+00'),
    ('20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001',
     'Old intranet', '{}', true, '2023-06-01 09:00:00+00', '2024-01-02 09:00:00+00'),
    ('20000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000002',
     'Mobile app', '{ios,android}', false, '2024-01-11 16:45:00+00', '2024-01-11 16:45:00+00');

insert into public.tasks (id, project_id, title, status, priority, assignee_id, estimate_minutes,
                          due_on, created_at, completed_at) values
    (1, '20000000-0000-4000-8000-000000000001', 'Draft the sitemap', 'done', 2,
     '00000000-0000-4000-8000-0000000000a1', 90, '2024-01-20', '2024-01-12 08:15:00+00',
     '2024-01-18 17:00:00+00'),
    (2, '20000000-0000-4000-8000-000000000001', 'Pick a font', 'doing', 4, null, null, null,
     '2024-01-12 08:20:00+00', null),
    (3, '20000000-0000-4000-8000-000000000003', 'Push notifications', 'todo', 3,
     '00000000-0000-4000-8000-0000000000a3', 480, '2024-03-31', '2024-01-13 10:00:00+00', null);
select pg_catalog.setval('public.tasks_id_seq', 3);

insert into public.comments (id, task_id, author_id, body, created_at) values
    (1, 1, '00000000-0000-4000-8000-0000000000a2', 'Looks good to me.', '2024-01-15 12:00:00+00'),
    (2, 1, null, 'Imported from the old tracker, line 1
line 2 with a ''quote'' and a tab	here', '2024-01-15 12:05:00+00'),
    (3, 3, '00000000-0000-4000-8000-0000000000a3', 'Needs the APNs key first.', '2024-01-16 09:30:00+00');
select pg_catalog.setval('public.comments_id_seq', 3);

insert into public.invoices (organization_id, number, amount, currency, tax_rate, issued_at,
                             paid_at, billing_email) values
    ('10000000-0000-4000-8000-000000000001', 'INV-2024-001', 1200.00, 'EUR', 20.00,
     '2024-02-01 00:00:00+00', '2024-02-10 00:00:00+00', 'Billing@Acme.example'),
    ('10000000-0000-4000-8000-000000000001', 'INV-2024-002', 350.50, 'USD', 0,
     '2024-03-01 00:00:00+00', null, null),
    ('10000000-0000-4000-8000-000000000002', 'INV-2024-001', 0, 'EUR', 7.70,
     '2024-03-05 00:00:00+00', null, 'ap@globex.example');

insert into public.tmp_import (id, source_file, payload, imported_at) values
    (1, 'legacy_tasks.csv', '{"rows": 120, "errors": []}', '2024-03-01 07:00:00+00'),
    (2, 'legacy_users.csv', null, null);
select pg_catalog.setval('public.tmp_import_id_seq', 2);
