-- Every kind of object pg_dump --schema-only of PostgreSQL 15 writes, in one schema (the
-- acceptance of issue 11: its dump is read with no W100/W101, loads back in sync, and a
-- reconciler builds it from an empty database).
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'every kind';
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA app;

-- types
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN app.posint AS integer CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE TYPE app.pair AS (a integer, b text);
CREATE TYPE app.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE COLLATION app.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON TYPE app.mood IS 'moods';

-- routines, aggregates, casts, operators, operator classes
CREATE FUNCTION app.add_one(i integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT i + 1 $$;
CREATE FUNCTION app.pair_text(p app.pair) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT p.a || ':' || p.b $$;
CREATE PROCEDURE app.noop() LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE AGGREGATE app.total(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE AGGREGATE app.median_of(double precision ORDER BY double precision) (SFUNC = ordered_set_transition, STYPE = internal,
  FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
CREATE CAST (app.pair AS text) WITH FUNCTION app.pair_text(app.pair);
CREATE FUNCTION app.int_near(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 - $2) < 2 $$;
CREATE OPERATOR app.~~~ (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.int_near, COMMUTATOR = OPERATOR(app.~~~));
COMMENT ON OPERATOR app.~~~ (integer, integer) IS 'near';
CREATE FUNCTION app.int_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;
CREATE OPERATOR FAMILY app.int_fam USING btree;
CREATE OPERATOR CLASS app.int_ops FOR TYPE integer USING btree FAMILY app.int_fam AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 app.int_cmp(integer, integer);

-- the plain kinds: access methods, languages, transforms, conversions, text search parsers and templates
CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
CREATE ACCESS METHOD btree_copy TYPE INDEX HANDLER bthandler;
COMMENT ON ACCESS METHOD heap_copy IS 'a second heap';
CREATE OPERATOR CLASS app.int_copy_ops DEFAULT FOR TYPE integer USING btree_copy AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 btint4cmp(integer, integer);
CREATE FUNCTION app.pl_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION app.pl_inline(internal) RETURNS void LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE FUNCTION app.pl_validator(oid) RETURNS void LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE TRUSTED LANGUAGE plcopy HANDLER app.pl_handler INLINE app.pl_inline VALIDATOR app.pl_validator;
COMMENT ON LANGUAGE plcopy IS 'plpgsql under another name';
CREATE FUNCTION app.from_pair(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE FUNCTION app.to_pair(internal) RETURNS app.pair LANGUAGE internal IMMUTABLE STRICT AS 'int4recv';
CREATE TRANSFORM FOR app.pair LANGUAGE plcopy (FROM SQL WITH FUNCTION app.from_pair(internal), TO SQL WITH FUNCTION app.to_pair(internal));
COMMENT ON TRANSFORM FOR app.pair LANGUAGE plcopy IS 'pairs in plcopy';
CREATE FUNCTION app.in_plcopy() RETURNS integer LANGUAGE plcopy TRANSFORM FOR TYPE app.pair AS $$ BEGIN RETURN 1; END $$;
CREATE CONVERSION app.latin1_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE DEFAULT CONVERSION app.latin2_utf8 FOR 'iso-8859-2' TO 'unicode' FROM iso8859_to_utf8;  -- aliases, as PostgreSQL accepts them
COMMENT ON CONVERSION app.latin1_utf8 IS 'latin-1';
CREATE TEXT SEARCH PARSER app.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH TEMPLATE app.plain_tpl (INIT = dsimple_init, LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH PARSER app.words IS 'default parser copy';
COMMENT ON TEXT SEARCH TEMPLATE app.plain_tpl IS 'simple template copy';
CREATE TEXT SEARCH DICTIONARY app.plain_dict (TEMPLATE = app.plain_tpl, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION app.words_cfg (PARSER = app.words);
ALTER TEXT SEARCH CONFIGURATION app.words_cfg ADD MAPPING FOR asciiword, word WITH app.plain_dict;

-- foreign data
CREATE FOREIGN DATA WRAPPER files_fdw OPTIONS (kind 'files');
CREATE SERVER files_srv FOREIGN DATA WRAPPER files_fdw OPTIONS (root '/srv');
CREATE USER MAPPING FOR PUBLIC SERVER files_srv OPTIONS (who 'anyone');
CREATE FOREIGN TABLE app.remote_rows (id integer, body text) SERVER files_srv OPTIONS (path 'rows.csv');

-- tables and their parts
CREATE SEQUENCE app.ticket_seq START 100 INCREMENT 5;
CREATE TABLE app.accounts (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email app.citext NOT NULL UNIQUE,
  name text COLLATE app.nocase,
  mood app.mood DEFAULT 'ok',
  score app.posint,
  born date,
  age_days integer GENERATED ALWAYS AS (CASE WHEN born IS NULL THEN NULL ELSE 0 END) STORED,
  ticket integer DEFAULT nextval('app.ticket_seq'),
  CONSTRAINT accounts_name_check CHECK (name <> '')
) WITH (fillfactor = 80);
ALTER SEQUENCE app.ticket_seq OWNED BY app.accounts.ticket;
ALTER TABLE app.accounts ALTER COLUMN name SET STATISTICS 500, ALTER COLUMN name SET STORAGE EXTERNAL;
ALTER TABLE app.accounts REPLICA IDENTITY FULL;
ALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;
COMMENT ON TABLE app.accounts IS 'accounts';
COMMENT ON COLUMN app.accounts.email IS 'login';
CREATE TABLE app.notes (id bigserial PRIMARY KEY, account integer NOT NULL REFERENCES app.accounts (id) ON DELETE CASCADE,
  body text, pair app.pair, during app.floatrange) USING heap_copy;
CREATE INDEX notes_account_idx ON app.notes (account) WHERE body IS NOT NULL;
CREATE INDEX notes_body_idx ON app.notes (lower(body)) INCLUDE (id);
ALTER TABLE app.notes CLUSTER ON notes_body_idx;
CREATE STATISTICS app.notes_stats (dependencies) ON account, body FROM app.notes;
CREATE TABLE app.events (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE app.events_2026 PARTITION OF app.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE app.base_log (at timestamptz DEFAULT now());
CREATE TABLE app.child_log (msg text) INHERITS (app.base_log);
CREATE TABLE app.pairs OF app.pair (a WITH OPTIONS PRIMARY KEY);
CREATE UNLOGGED TABLE app.cache (k text PRIMARY KEY, v text);
CREATE POLICY accounts_self ON app.accounts FOR SELECT USING (email = current_user::text);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON app.accounts FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE RULE notes_no_delete AS ON DELETE TO app.notes DO INSTEAD NOTHING;
ALTER TABLE app.notes DISABLE RULE notes_no_delete;

-- views
CREATE VIEW app.account_names AS SELECT id, name FROM app.accounts;
CREATE FUNCTION app.account_names_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER account_names_insert INSTEAD OF INSERT ON app.account_names FOR EACH ROW EXECUTE FUNCTION app.account_names_insert();
CREATE MATERIALIZED VIEW app.note_counts AS SELECT account, count(*) AS n FROM app.notes GROUP BY account;
CREATE INDEX note_counts_account_idx ON app.note_counts (account);

-- database-wide objects
CREATE FUNCTION app.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER app_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION app.on_ddl();
COMMENT ON EVENT TRIGGER app_ddl IS 'watches tables';
CREATE PUBLICATION app_pub FOR TABLE app.accounts, app.notes;
