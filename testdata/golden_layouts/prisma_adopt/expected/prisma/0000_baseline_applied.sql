-- pgdrift baseline: marks 0000_baseline applied (as prisma migrate resolve --applied 0000_baseline)
BEGIN;
INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) SELECT gen_random_uuid()::text, 'd7b27ea3c128498cc8a55b812a3e0f9015ab3e4f0b02ab72615dcc26c5d79942', '0000_baseline', now(), now(), 0 WHERE NOT EXISTS (SELECT FROM _prisma_migrations WHERE migration_name = '0000_baseline' AND finished_at IS NOT NULL AND rolled_back_at IS NULL);
COMMIT;
