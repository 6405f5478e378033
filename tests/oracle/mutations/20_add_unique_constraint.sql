-- The constraint's own index is part of the constraint, not a separate index.
-- expect: extra constraint app.labels.labels_color_key
alter table app.labels add constraint labels_color_key unique (color);
