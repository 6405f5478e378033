-- Text search dictionaries and configurations: created when missing. A dictionary whose template
-- or a configuration whose parser differs is created again when nothing uses it, else the run
-- stops and says so; a dictionary's options (ALTER TEXT SEARCH DICTIONARY) and a configuration's
-- mappings (ALTER / DROP MAPPING, one token type at a time) change in place.
CREATE TEMP TABLE pgd_ts_dictionary (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,
  def text NOT NULL,        -- CREATE TEXT SEARCH DICTIONARY ...
  tmpl_sch text NOT NULL, tmpl text NOT NULL,
  options text NOT NULL,    -- name = 'value', ... (dictinitoption's syntax)
  comment text) INHERITS (pg_temp.pgd_obj);
CREATE TEMP TABLE pgd_ts_config (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,
  def text NOT NULL,        -- CREATE TEXT SEARCH CONFIGURATION ... (PARSER = ...)
  parser_sch text NOT NULL, parser text NOT NULL,
  mappings text[] NOT NULL, -- 'token=dict,dict' by token (dictionaries as regdictionary prints them)
  comment text) INHERITS (pg_temp.pgd_obj);

CREATE FUNCTION pg_temp.pgd_live_ts_dictionary(sch text, name text) RETURNS oid LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT d.oid FROM pg_catalog.pg_ts_dict d JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace WHERE n.nspname = sch AND d.dictname = name
$f$;

CREATE FUNCTION pg_temp.pgd_live_ts_config(sch text, name text) RETURNS oid LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT c.oid FROM pg_catalog.pg_ts_config c JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace WHERE n.nspname = sch AND c.cfgname = name
$f$;

-- dictinitoption's "name = 'value', name = 10, ..." as (name, value) rows; the order means nothing.
CREATE FUNCTION pg_temp.pgd_ts_options(opts text) RETURNS TABLE (k text, v text) LANGUAGE sql IMMUTABLE AS $f$
  SELECT m[1], CASE WHEN m[2] LIKE 'E''%' THEN pg_catalog.replace(pg_catalog.replace(pg_catalog.substr(m[2], 3, pg_catalog.length(m[2]) - 3), '''''', ''''), '\\', '\')
                    WHEN m[2] LIKE '''%' THEN pg_catalog.replace(pg_catalog.substr(m[2], 2, pg_catalog.length(m[2]) - 2), '''''', '''')
                    ELSE m[2] END
  FROM pg_catalog.regexp_matches(coalesce(opts, ''), '("(?:[^"]|"")*"|[^ ,=]+) = (E?''(?:[^'']|'''')*''|[^ ,]+)', 'g') m
$f$;

CREATE FUNCTION pg_temp.pgd_ts_options_differ(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $f$
  SELECT EXISTS (SELECT * FROM pg_temp.pgd_ts_options(a) EXCEPT SELECT * FROM pg_temp.pgd_ts_options(b))
      OR EXISTS (SELECT * FROM pg_temp.pgd_ts_options(b) EXCEPT SELECT * FROM pg_temp.pgd_ts_options(a))
$f$;

-- ALTER TEXT SEARCH DICTIONARY that turns options `live` into `want`: each wanted one set, the
-- others named without a value (removed).
CREATE FUNCTION pg_temp.pgd_ts_alter_options(q text, live text, want text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT 'ALTER TEXT SEARCH DICTIONARY ' || q || ' (' || pg_catalog.array_to_string(ARRAY(
    SELECT w.k || ' = ' || pg_catalog.quote_literal(w.v) FROM pg_temp.pgd_ts_options(want) w
    UNION ALL
    SELECT l.k FROM pg_temp.pgd_ts_options(live) l WHERE l.k NOT IN (SELECT w.k FROM pg_temp.pgd_ts_options(want) w)), ', ') || ')'
$f$;

-- CREATE TEXT SEARCH DICTIONARY and its comment for a live dictionary.
CREATE FUNCTION pg_temp.pgd_ts_dictionary_sql(dict oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE TEXT SEARCH DICTIONARY ' || x.q || ' (TEMPLATE = ' || pg_temp.pgd_q(tn.nspname, t.tmplname) ||
           coalesce(', ' || d.dictinitoption, '') || ')',
         'COMMENT ON TEXT SEARCH DICTIONARY ' || x.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(d.oid, 'pg_catalog.pg_ts_dict'::pg_catalog.regclass)))
  FROM pg_catalog.pg_ts_dict d JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
  JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace,
  LATERAL (SELECT pg_temp.pgd_q(n.nspname, d.dictname) AS q) x
  WHERE d.oid = dict
$f$;

CREATE FUNCTION pg_temp.pgd_ts_dictionary(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_ts_dictionary; x pg_catalog.pg_ts_dict; q text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_ts_dictionary WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  SELECT * INTO x FROM pg_catalog.pg_ts_dict WHERE oid = pg_temp.pgd_live_ts_dictionary(d.sch, d.name);
  IF x.oid IS NOT NULL AND NOT EXISTS (SELECT FROM pg_catalog.pg_ts_template t JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace
                                       WHERE t.oid = x.dicttemplate AND n.nspname = d.tmpl_sch AND t.tmplname = d.tmpl) THEN
    IF EXISTS (SELECT FROM pg_catalog.pg_depend WHERE refclassid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND refobjid = x.oid) THEN
      RAISE EXCEPTION 'pgdrift: text search dictionary % has another template than the desired one and is in use: change it by hand', q;
    END IF;
    PERFORM pg_temp.pgd_do(s, 'drop text search dictionary', q, 'DROP TEXT SEARCH DICTIONARY ' || q, pg_temp.pgd_ts_dictionary_sql(x.oid));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    x := NULL;
  END IF;
  IF x.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create text search dictionary', q, d.def, 'DROP TEXT SEARCH DICTIONARY IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO x FROM pg_catalog.pg_ts_dict WHERE oid = pg_temp.pgd_live_ts_dictionary(d.sch, d.name);
  ELSIF pg_temp.pgd_ts_options_differ(x.dictinitoption, d.options) THEN
    PERFORM pg_temp.pgd_do(s, 'set text search dictionary options', q, pg_temp.pgd_ts_alter_options(q, x.dictinitoption, d.options),
                           pg_temp.pgd_ts_alter_options(q, d.options, x.dictinitoption));
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'TEXT SEARCH DICTIONARY ' || q, pg_temp.pgd_description(x.oid, 'pg_catalog.pg_ts_dict'::pg_catalog.regclass), d.comment);
END $f$;

-- 'token=dict,dict' per mapped token type of a live configuration, by token (C order).
CREATE FUNCTION pg_temp.pgd_ts_mappings(cfg oid) RETURNS text[] LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT coalesce(pg_catalog.array_agg(x.line ORDER BY x.alias COLLATE "C"), '{}') FROM (
    SELECT t.alias, t.alias || '=' || pg_catalog.string_agg(m.mapdict::pg_catalog.regdictionary::text, ',' ORDER BY m.mapseqno) AS line
    FROM pg_catalog.pg_ts_config_map m JOIN pg_catalog.pg_ts_config c ON c.oid = m.mapcfg,
         LATERAL pg_catalog.ts_token_type(c.cfgparser) t
    WHERE m.mapcfg = cfg AND t.tokid = m.maptokentype GROUP BY t.alias) x
$f$;

-- ALTER MAPPING FOR token WITH the dictionaries ('a,b'), or DROP MAPPING without them.
CREATE FUNCTION pg_temp.pgd_ts_mapping_sql(q text, token text, dicts text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT 'ALTER TEXT SEARCH CONFIGURATION ' || q || CASE WHEN dicts IS NULL THEN ' DROP MAPPING IF EXISTS FOR ' || pg_catalog.quote_ident(token)
         ELSE ' ALTER MAPPING FOR ' || pg_catalog.quote_ident(token) || ' WITH ' || pg_catalog.replace(dicts, ',', ', ') END
$f$;

-- The dictionaries of one token in a mappings array ('a,b'), NULL when it is not mapped.
CREATE FUNCTION pg_temp.pgd_ts_mapping_of(mappings text[], token text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT pg_catalog.substr(l, pg_catalog.length(token) + 2) FROM pg_catalog.unnest(mappings) l WHERE pg_catalog.split_part(l, '=', 1) = token
$f$;

-- CREATE TEXT SEARCH CONFIGURATION, its mappings and its comment for a live configuration.
CREATE FUNCTION pg_temp.pgd_ts_config_sql(cfg oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE TEXT SEARCH CONFIGURATION ' || x.q || ' (PARSER = ' || pg_temp.pgd_q(pn.nspname, p.prsname) || ')',
           (SELECT pg_catalog.string_agg(pg_temp.pgd_ts_mapping_sql(x.q, pg_catalog.split_part(l, '=', 1), pg_catalog.substr(l, pg_catalog.strpos(l, '=') + 1)), E';\n')
            FROM pg_catalog.unnest(pg_temp.pgd_ts_mappings(c.oid)) l),
           'COMMENT ON TEXT SEARCH CONFIGURATION ' || x.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(c.oid, 'pg_catalog.pg_ts_config'::pg_catalog.regclass)))
  FROM pg_catalog.pg_ts_config c JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
  JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace,
  LATERAL (SELECT pg_temp.pgd_q(n.nspname, c.cfgname) AS q) x
  WHERE c.oid = cfg
$f$;

CREATE FUNCTION pg_temp.pgd_ts_config(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_ts_config; c pg_catalog.pg_ts_config; q text; live text[]; token text; want_dicts text; live_dicts text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_ts_config WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  SELECT * INTO c FROM pg_catalog.pg_ts_config WHERE oid = pg_temp.pgd_live_ts_config(d.sch, d.name);
  IF c.oid IS NOT NULL AND NOT EXISTS (SELECT FROM pg_catalog.pg_ts_parser p JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace
                                       WHERE p.oid = c.cfgparser AND n.nspname = d.parser_sch AND p.prsname = d.parser) THEN
    IF EXISTS (SELECT FROM pg_catalog.pg_depend WHERE refclassid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND refobjid = c.oid) THEN
      RAISE EXCEPTION 'pgdrift: text search configuration % has another parser than the desired one and is in use: change it by hand', q;
    END IF;
    PERFORM pg_temp.pgd_do(s, 'drop text search configuration', q, 'DROP TEXT SEARCH CONFIGURATION ' || q, pg_temp.pgd_ts_config_sql(c.oid));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    c := NULL;
  END IF;
  IF c.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create text search configuration', q, d.def, 'DROP TEXT SEARCH CONFIGURATION IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO c FROM pg_catalog.pg_ts_config WHERE oid = pg_temp.pgd_live_ts_config(d.sch, d.name);
  END IF;
  live := pg_temp.pgd_ts_mappings(c.oid);
  IF live IS DISTINCT FROM d.mappings THEN
    FOR token IN SELECT DISTINCT pg_catalog.split_part(l, '=', 1) COLLATE "C" FROM pg_catalog.unnest(live || d.mappings) l ORDER BY 1 LOOP
      want_dicts := pg_temp.pgd_ts_mapping_of(d.mappings, token);
      live_dicts := pg_temp.pgd_ts_mapping_of(live, token);
      CONTINUE WHEN want_dicts IS NOT DISTINCT FROM live_dicts;
      PERFORM pg_temp.pgd_do(s, 'set text search mapping', q || ' ' || token, pg_temp.pgd_ts_mapping_sql(q, token, want_dicts),
                             pg_temp.pgd_ts_mapping_sql(q, token, live_dicts));
    END LOOP;
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'TEXT SEARCH CONFIGURATION ' || q, pg_temp.pgd_description(c.oid, 'pg_catalog.pg_ts_config'::pg_catalog.regclass), d.comment);
END $f$;
