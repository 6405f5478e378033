-- A CHECK added to a domain by hand.
-- expect: changed type app.percent
alter domain app.percent add constraint percent_whole check (value = round(value));
