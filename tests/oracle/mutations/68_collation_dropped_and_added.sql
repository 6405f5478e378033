-- A collation nobody uses dropped, one added by hand (and a comment on one that stays).
-- expect: missing collation app.case_blind
-- expect: changed column app.words.label
-- expect: extra collation public.german
-- expect: changed collation app.natural_sort
alter table app.words alter column label type text collate "C";
drop collation app.case_blind;
create collation public.german (provider = libc, locale = 'C');
comment on collation app.natural_sort is 'numbers sort by value';
