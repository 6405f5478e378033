-- Storage parameters, a column's statistics target, storage and options, and CLUSTER ON set by hand.
-- expect: changed table app.words
-- expect: changed column app.words.label
-- expect: changed constraint app.words.words_pkey
alter table app.words set (fillfactor = 50, toast.autovacuum_enabled = false);
alter table app.words alter column label set statistics 200, alter column label set storage external;
alter table app.words alter column label set (n_distinct = 100);
alter table app.words cluster on words_pkey;
