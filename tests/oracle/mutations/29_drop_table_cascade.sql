-- CASCADE drops the foreign key on task_labels that references labels.
-- expect: missing table app.labels
-- expect: missing constraint app.task_labels.task_labels_label_fkey
drop table app.labels cascade;
