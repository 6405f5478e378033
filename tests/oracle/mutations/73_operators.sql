-- An operator recreated without its commutator and commented, another added.
-- expect: changed operator app.=~=(text,text)
-- expect: extra operator app.<~>(text,text)
drop operator app.=~= (text, text);
create operator app.=~= (leftarg = text, rightarg = text, function = app.words_match);
comment on operator app.=~= (text, text) is 'case-blind';
create operator app.<~> (leftarg = text, rightarg = text, function = app.words_match);
