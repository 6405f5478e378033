-- cascade takes recent_errors and the materialized view with it
drop view recent_events cascade;
drop view if exists will_be_dropped;
drop view if exists no_such_view cascade;
drop materialized view if exists error_counts;
