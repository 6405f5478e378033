SELECT id, name, obj_description('public.items'::regclass, 'pg_class'), col_description('public.items'::regclass, 2),
       has_table_privilege('pgdrift_policy_reader', 'reporting.daily', 'SELECT')
FROM public.items ORDER BY id;
