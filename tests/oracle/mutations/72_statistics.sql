-- Extended statistics: kinds changed by recreating, a target set, one added.
-- expect: changed statistics app.words_stats
-- expect: extra statistics app.tasks_stats
drop statistics app.words_stats;
create statistics app.words_stats (dependencies) on name, label from app.words;
alter statistics app.words_stats set statistics 300;
create statistics app.tasks_stats on id, title from app.tasks;
