-- pgdrift catalog dump
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'every kind';
CREATE EXTENSION citext WITH SCHEMA app;
CREATE ACCESS METHOD btree_copy TYPE INDEX HANDLER bthandler;
CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD heap_copy IS 'a second heap';
CREATE TRUSTED PROCEDURAL LANGUAGE plcopy HANDLER app.pl_handler INLINE app.pl_inline VALIDATOR app.pl_validator;
COMMENT ON LANGUAGE plcopy IS 'plpgsql under another name';
CREATE FOREIGN DATA WRAPPER files_fdw OPTIONS (kind 'files');
CREATE SERVER files_srv FOREIGN DATA WRAPPER files_fdw OPTIONS (root '/srv');
CREATE USER MAPPING FOR PUBLIC SERVER files_srv OPTIONS (who 'anyone');
CREATE COLLATION app.nocase (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
CREATE TEXT SEARCH PARSER app.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
COMMENT ON TEXT SEARCH PARSER app.words IS 'default parser copy';
CREATE TEXT SEARCH TEMPLATE app.plain_tpl (INIT = dsimple_init, LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH TEMPLATE app.plain_tpl IS 'simple template copy';
CREATE TEXT SEARCH DICTIONARY app.plain_dict (TEMPLATE = app.plain_tpl, stopwords = 'english');
CREATE TEXT SEARCH CONFIGURATION app.words_cfg (PARSER = app.words);
ALTER TEXT SEARCH CONFIGURATION app.words_cfg ADD MAPPING FOR asciiword WITH app.plain_dict;
ALTER TEXT SEARCH CONFIGURATION app.words_cfg ADD MAPPING FOR word WITH app.plain_dict;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
COMMENT ON TYPE app.mood IS 'moods';
CREATE DOMAIN app.posint AS integer CONSTRAINT posint_check CHECK (value > 0);
CREATE TYPE app.pair AS (a integer, b text);
CREATE TYPE app.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi, MULTIRANGE_TYPE_NAME = app.floatmultirange);
CREATE SEQUENCE app.notes_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE app.ticket_seq AS bigint START WITH 100 INCREMENT BY 5 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION app.account_names_insert() RETURNS trigger LANGUAGE plpgsql
    AS $function$ BEGIN RETURN NEW; END $function$;
CREATE OR REPLACE FUNCTION app.add_one(i integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT
    AS $function$ SELECT i + 1 $function$;
CREATE OR REPLACE FUNCTION app.from_pair(internal) RETURNS internal LANGUAGE internal IMMUTABLE STRICT
    AS $function$int4recv$function$;
CREATE OR REPLACE FUNCTION app.in_plcopy() RETURNS integer LANGUAGE plcopy TRANSFORM FOR TYPE app.pair
    AS $function$ BEGIN RETURN 1; END $function$;
CREATE OR REPLACE FUNCTION app.int_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $function$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $function$;
CREATE OR REPLACE FUNCTION app.int_near(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $function$ SELECT abs($1 - $2) < 2 $function$;
CREATE OR REPLACE PROCEDURE app.noop() LANGUAGE plpgsql
    AS $function$ BEGIN NULL; END $function$;
CREATE OR REPLACE FUNCTION app.on_ddl() RETURNS event_trigger LANGUAGE plpgsql
    AS $function$ BEGIN NULL; END $function$;
CREATE OR REPLACE FUNCTION app.pair_text(p app.pair) RETURNS text LANGUAGE sql IMMUTABLE
    AS $function$ SELECT p.a || ':' || p.b $function$;
CREATE OR REPLACE FUNCTION app.pl_handler() RETURNS language_handler LANGUAGE c
    AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE OR REPLACE FUNCTION app.pl_inline(internal) RETURNS void LANGUAGE c
    AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE OR REPLACE FUNCTION app.pl_validator(oid) RETURNS void LANGUAGE c
    AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE OR REPLACE FUNCTION app.to_pair(internal) RETURNS app.pair LANGUAGE internal IMMUTABLE STRICT
    AS $function$int4recv$function$;
CREATE OR REPLACE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql
    AS $function$ BEGIN RETURN NEW; END $function$;
CREATE AGGREGATE app.median_of(double precision ORDER BY double precision) (FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA, SFUNC = ordered_set_transition, STYPE = internal);
CREATE AGGREGATE app.total(integer) (INITCOND = '0', SFUNC = int4pl, STYPE = integer);
CREATE CAST (app.pair AS text) WITH FUNCTION app.pair_text(app.pair);
CREATE CONVERSION app.latin1_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION app.latin1_utf8 IS 'latin-1';
CREATE DEFAULT CONVERSION app.latin2_utf8 FOR 'LATIN2' TO 'UTF8' FROM iso8859_to_utf8;
CREATE TRANSFORM FOR app.pair LANGUAGE plcopy (FROM SQL WITH FUNCTION app.from_pair(internal), TO SQL WITH FUNCTION app.to_pair(internal));
COMMENT ON TRANSFORM FOR app.pair LANGUAGE plcopy IS 'pairs in plcopy';
CREATE OPERATOR app.~~~ (FUNCTION = app.int_near, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(app.~~~));
COMMENT ON OPERATOR app.~~~(integer,integer) IS 'near';
CREATE OPERATOR FAMILY app.int_copy_ops USING btree_copy;
CREATE OPERATOR FAMILY app.int_fam USING btree;
CREATE OPERATOR CLASS app.int_copy_ops DEFAULT FOR TYPE integer USING btree_copy FAMILY app.int_copy_ops AS FUNCTION 1 (integer, integer) btint4cmp(integer,integer), OPERATOR 1 <(integer,integer), OPERATOR 2 <=(integer,integer), OPERATOR 3 =(integer,integer), OPERATOR 4 >=(integer,integer), OPERATOR 5 >(integer,integer);
CREATE OPERATOR CLASS app.int_ops FOR TYPE integer USING btree FAMILY app.int_fam AS FUNCTION 1 (integer, integer) app.int_cmp(integer,integer), OPERATOR 1 <(integer,integer), OPERATOR 2 <=(integer,integer), OPERATOR 3 =(integer,integer), OPERATOR 4 >=(integer,integer), OPERATOR 5 >(integer,integer);
CREATE TABLE app.accounts (
    id integer NOT NULL GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.accounts_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE),
    email app.citext NOT NULL,
    name text COLLATE app.nocase,
    mood app.mood DEFAULT ('ok'),
    score app.posint,
    born date,
    age_days integer GENERATED ALWAYS AS (CASE WHEN born IS NULL THEN NULL ELSE 0 END) STORED,
    ticket integer DEFAULT (nextval('app.ticket_seq'))
)
WITH (fillfactor='80');
ALTER TABLE app.accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
ALTER TABLE app.accounts ADD CONSTRAINT accounts_name_check CHECK (name <> '');
ALTER TABLE app.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
ALTER TABLE ONLY app.accounts ALTER COLUMN name SET STATISTICS 500;
ALTER TABLE ONLY app.accounts ALTER COLUMN name SET STORAGE EXTERNAL;
COMMENT ON TABLE app.accounts IS 'accounts';
COMMENT ON COLUMN app.accounts.email IS 'login';
ALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_self ON app.accounts FOR SELECT USING (email = current_user::pg_catalog.text);
CREATE TRIGGER accounts_touch BEFORE UPDATE ON app.accounts FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE TABLE app.base_log (
    at timestamp with time zone DEFAULT (now())
);
CREATE UNLOGGED TABLE app.cache (
    k text NOT NULL,
    v text
);
ALTER TABLE app.cache ADD CONSTRAINT cache_pkey PRIMARY KEY (k);
CREATE TABLE app.child_log (
    at timestamp with time zone DEFAULT (now()),
    msg text
)
INHERITS (app.base_log);
CREATE TABLE app.events (
    id integer,
    at date NOT NULL
)
PARTITION BY RANGE (at);
CREATE TABLE app.events_2026 PARTITION OF app.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE app.notes (
    id bigint DEFAULT (nextval('app.notes_id_seq'::pg_catalog.regclass)) NOT NULL,
    account integer NOT NULL,
    body text,
    pair app.pair,
    during app.floatrange
)
USING heap_copy;
ALTER TABLE app.notes ADD CONSTRAINT notes_account_fkey FOREIGN KEY (account) REFERENCES app.accounts(id) ON DELETE CASCADE;
ALTER TABLE app.notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
CREATE TABLE app.pairs OF app.pair (
    a WITH OPTIONS NOT NULL
);
ALTER TABLE app.pairs ADD CONSTRAINT pairs_pkey PRIMARY KEY (a);
CREATE FOREIGN TABLE app.remote_rows (
    id integer,
    body text
)
SERVER files_srv OPTIONS (path 'rows.csv');
ALTER SEQUENCE app.notes_id_seq OWNED BY app.notes.id;
ALTER SEQUENCE app.ticket_seq OWNED BY app.accounts.ticket;
CREATE VIEW app.account_names (id, name) AS SELECT accounts.id AS id, accounts.name AS name FROM app.accounts;
CREATE TRIGGER account_names_insert INSTEAD OF INSERT ON app.account_names FOR EACH ROW EXECUTE FUNCTION app.account_names_insert();
CREATE MATERIALIZED VIEW app.note_counts (account, n) AS SELECT notes.account AS account, count(*) AS n FROM app.notes GROUP BY notes.account WITH DATA;
CREATE RULE notes_no_delete AS ON DELETE TO app.notes DO INSTEAD NOTHING;
ALTER TABLE app.notes DISABLE RULE notes_no_delete;
CREATE INDEX note_counts_account_idx ON app.note_counts USING btree (account);
CREATE INDEX notes_account_idx ON app.notes USING btree (account) WHERE (body IS NOT NULL);
CREATE INDEX notes_body_idx ON app.notes USING btree ((lower(body))) INCLUDE (id);
ALTER TABLE app.notes CLUSTER ON notes_body_idx;
ALTER TABLE app.accounts REPLICA IDENTITY FULL;
CREATE STATISTICS app.notes_stats (dependencies) ON account, body FROM app.notes;
CREATE EVENT TRIGGER app_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION app.on_ddl();
COMMENT ON EVENT TRIGGER app_ddl IS 'watches tables';
CREATE PUBLICATION app_pub FOR TABLE ONLY app.accounts, TABLE ONLY app.notes WITH (publish = 'insert, update, delete, truncate');
-- external (referenced, never defined):
--   type app.citext
