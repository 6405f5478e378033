-- The table is reported once per side; its primary key keeps the name labels_pkey and goes with
-- it. The foreign key from task_labels now references app.tags: that constraint changed.
-- expect: missing table app.labels
-- expect: extra table app.tags
-- expect: changed constraint app.task_labels.task_labels_label_fkey
alter table app.labels rename to tags;
