-- A collation recreated with another locale while nothing uses it for a moment.
-- expect: changed collation app.case_blind
-- expect: changed column app.words.label
alter table app.words alter column label type text;
drop collation app.case_blind;
create collation app.case_blind (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
