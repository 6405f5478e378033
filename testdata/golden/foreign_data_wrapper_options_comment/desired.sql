-- Foreign-data wrappers created on their own: one without handler (a catalog of servers for
-- documentation, as regression suites make them), one whose validator is a function of the
-- schema, altered, commented; servers on them; one dropped with its server by CASCADE.
create foreign data wrapper dummy;
create function check_options(text[], oid) returns void language plpgsql as $$ begin end $$;
create foreign data wrapper checked validator check_options options (debug 'true', level '1');
alter foreign data wrapper checked options (set level '2', add mode 'strict', drop debug);
alter foreign data wrapper dummy options (note 'none');
comment on foreign data wrapper checked is 'validated by check_options';
create server archive foreign data wrapper dummy options (host 'archive.internal');
create server checked_srv foreign data wrapper checked;
create foreign data wrapper doomed;
create server doomed_srv foreign data wrapper doomed;
drop foreign data wrapper doomed cascade;
