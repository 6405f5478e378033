-- pgdrift 0.2.0: every serial and identity sequence moved past its column's largest value
-- (rows loaded with explicit ids leave it behind). Never lowered; empty tables and descending sequences
-- are left alone; a second run changes nothing.
SELECT pg_catalog.setval('public.call_logs_id_seq', m) FROM (SELECT pg_catalog.max(id)::bigint AS m FROM public.call_logs) AS c
  WHERE m > (SELECT coalesce(last_value, start_value - 1) FROM pg_catalog.pg_sequences WHERE schemaname = 'public' AND sequencename = 'call_logs_id_seq' AND increment_by > 0);
SELECT pg_catalog.setval('public.thread_members_id_seq', m) FROM (SELECT pg_catalog.max(id)::bigint AS m FROM public.thread_members) AS c
  WHERE m > (SELECT coalesce(last_value, start_value - 1) FROM pg_catalog.pg_sequences WHERE schemaname = 'public' AND sequencename = 'thread_members_id_seq' AND increment_by > 0);
