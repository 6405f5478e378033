-- CASCADE also drops the foreign key that depends on the primary key's index. The column stays
-- NOT NULL (PostgreSQL 15 keeps attnotnull when a primary key is dropped): no column change.
-- expect: missing constraint app.labels.labels_pkey
-- expect: missing constraint app.task_labels.task_labels_label_fkey
alter table app.labels drop constraint labels_pkey cascade;
