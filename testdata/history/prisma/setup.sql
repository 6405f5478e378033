-- The database: init as committed; posts applied in an earlier form (checksum differs); tags
-- failed; a hotfix made on prod only; comments tried once and rolled back.
-- Checksums computed with sha256sum when the fixture was written.
CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "authorId" INTEGER NOT NULL, "title" TEXT NOT NULL);
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");

-- as prisma migrate creates it
CREATE TABLE "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES
  ('00000000-0000-0000-0000-000000000001', 'c16d6921fddc29b9cce93c3d22417129a8dea50e9ea14967c9de88eeb7ad536b', '2024-01-01 10:00:01+00', '20240101000000_init', NULL, NULL, '2024-01-01 10:00:00+00', 1),
  ('00000000-0000-0000-0000-000000000002', 'dc048287ef61822ef708fea3eb7add39e15c2330ad96933a3a394208fdb845d0', '2024-01-02 10:00:01+00', '20240102000000_posts', NULL, NULL, '2024-01-02 10:00:00+00', 1),
  ('00000000-0000-0000-0000-000000000003', '8728644b49e200b5345961720354c382c2afe5440c4573e6c45dce40365d35ad', NULL, '20240103000000_tags', 'ERROR: relation "Tag_name_key" already exists', NULL, '2024-01-03 10:00:00+00', 0),
  ('00000000-0000-0000-0000-000000000004', '65edd31fcdc7e4cc92a333f5d165e379ad5e11bcc896d2001ad2d9a7f1d49333', '2024-01-04 10:00:01+00', '20240104000000_hotfix', NULL, NULL, '2024-01-04 10:00:00+00', 1),
  ('00000000-0000-0000-0000-000000000005', 'f05674b917b9053f44fa4e97dae4b7df2ff20ac88d96348db45f8e335bddc58b', NULL, '20240105000000_comments', 'ERROR: deadlock detected', '2024-01-05 11:00:00+00', '2024-01-05 10:00:00+00', 0);
