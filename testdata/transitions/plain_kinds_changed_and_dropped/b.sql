-- The plain kinds as the repository wants them: each changed object back, the extras dropped
-- (a parser in use is made again with its configuration dropped first and created again).
create schema app;
create access method heap2 type table handler heap_tableam_handler;
create access method myidx type index handler bthandler;
comment on access method heap2 is 'a second heap';
create table app.t (id int primary key, body text) using heap2;
create text search parser app.p (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end, lextypes = prsd_lextype, headline = prsd_headline);
create text search template app.tpl (init = dsimple_init, lexize = dsimple_lexize);
create text search template app.tpl2 (lexize = dsimple_lexize);
comment on text search parser app.p is 'parser';
comment on text search template app.tpl is 'template';
create text search dictionary app.d (template = app.tpl, stopwords = english);
create text search configuration app.c (parser = app.p);
create function app.h() returns language_handler as '$libdir/plpgsql', 'plpgsql_call_handler' language c;
create function app.hi(internal) returns void as '$libdir/plpgsql', 'plpgsql_inline_handler' language c;
create function app.hv(oid) returns void as '$libdir/plpgsql', 'plpgsql_validator' language c;
create trusted language mylang handler app.h inline app.hi validator app.hv;
create language mylang2 handler app.h;
comment on language mylang is 'my language';
create conversion app.myconv for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8;
create default conversion app.myconv2 for 'LATIN2' to 'UTF8' from iso8859_to_utf8;
comment on conversion app.myconv is 'conv';
create function app.tf(internal) returns internal language internal immutable strict as 'int4recv';
create function app.tt(internal) returns app.t language internal immutable strict as 'int4recv';
create transform for app.t language mylang (from sql with function app.tf(internal), to sql with function app.tt(internal));
comment on transform for app.t language mylang is 'xf';
create function app.uses() returns int language mylang transform for type app.t as $$ begin return 1; end $$;
