-- The plain kinds (access methods, procedural languages, transforms, conversions, text search
-- parsers and templates): found by their names, compared by their definition printed as the
-- rows state it, created when missing, replaced when different (CREATE OR REPLACE for languages
-- and transforms; the others dropped and created again), commented.
CREATE TEMP TABLE pgd_plain (PRIMARY KEY (step), kind text NOT NULL,
  sch text NOT NULL, name text NOT NULL,  -- '' outside schemas; a transform: its type and language
  ident text NOT NULL,                    -- how the log names it: 'heap2', 'FOR app.t LANGUAGE plx'
  target text NOT NULL,                   -- what DROP and COMMENT ON name: 'ACCESS METHOD heap2'
  def text NOT NULL, replace boolean NOT NULL, comment text) INHERITS (pg_temp.pgd_obj);

CREATE FUNCTION pg_temp.pgd_plain_class(kind text) RETURNS oid LANGUAGE sql IMMUTABLE AS $f$
  SELECT (CASE kind WHEN 'access_method' THEN 'pg_catalog.pg_am' WHEN 'language' THEN 'pg_catalog.pg_language'
                    WHEN 'transform' THEN 'pg_catalog.pg_transform' WHEN 'conversion' THEN 'pg_catalog.pg_conversion'
                    WHEN 'text_search_parser' THEN 'pg_catalog.pg_ts_parser' ELSE 'pg_catalog.pg_ts_template' END)::pg_catalog.regclass::oid
$f$;

-- The live object of a kind, or NULL.
CREATE FUNCTION pg_temp.pgd_plain_oid(kind text, sch text, name text) RETURNS oid LANGUAGE plpgsql STABLE SET search_path = '' AS $f$
BEGIN
  RETURN CASE kind
    WHEN 'access_method' THEN (SELECT oid FROM pg_catalog.pg_am WHERE amname = name)
    WHEN 'language' THEN (SELECT oid FROM pg_catalog.pg_language WHERE lanname = name)
    WHEN 'transform' THEN (SELECT t.oid FROM pg_catalog.pg_transform t JOIN pg_catalog.pg_language l ON l.oid = t.trflang
                           WHERE t.trftype = pg_catalog.to_regtype(sch) AND l.lanname = name)
    WHEN 'conversion' THEN (SELECT x.oid FROM pg_catalog.pg_conversion x JOIN pg_catalog.pg_namespace n ON n.oid = x.connamespace
                            WHERE n.nspname = sch AND x.conname = name)
    WHEN 'text_search_parser' THEN (SELECT x.oid FROM pg_catalog.pg_ts_parser x JOIN pg_catalog.pg_namespace n ON n.oid = x.prsnamespace
                                    WHERE n.nspname = sch AND x.prsname = name)
    ELSE (SELECT x.oid FROM pg_catalog.pg_ts_template x JOIN pg_catalog.pg_namespace n ON n.oid = x.tmplnamespace
          WHERE n.nspname = sch AND x.tmplname = name) END;
END $f$;

-- The definition of a live object, on one line, as the rows state it (regproc prints a function
-- of PostgreSQL's by its bare name, another qualified: the search path is empty).
CREATE FUNCTION pg_temp.pgd_plain_def(kind text, obj oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE kind
    WHEN 'access_method' THEN (SELECT 'CREATE ACCESS METHOD ' || pg_catalog.quote_ident(amname) || ' TYPE ' ||
                                      CASE amtype WHEN 't' THEN 'TABLE' ELSE 'INDEX' END || ' HANDLER ' || amhandler::pg_catalog.regproc::text
                               FROM pg_catalog.pg_am WHERE oid = obj)
    WHEN 'language' THEN (SELECT 'CREATE ' || CASE WHEN lanpltrusted THEN 'TRUSTED ' ELSE '' END || 'PROCEDURAL LANGUAGE ' ||
                                 pg_catalog.quote_ident(lanname) || ' HANDLER ' || lanplcallfoid::pg_catalog.regproc::text ||
                                 CASE WHEN laninline <> 0 THEN ' INLINE ' || laninline::pg_catalog.regproc::text ELSE '' END ||
                                 CASE WHEN lanvalidator <> 0 THEN ' VALIDATOR ' || lanvalidator::pg_catalog.regproc::text ELSE '' END
                          FROM pg_catalog.pg_language WHERE oid = obj)
    WHEN 'transform' THEN (SELECT 'CREATE TRANSFORM FOR ' || pg_catalog.format_type(t.trftype, NULL) || ' LANGUAGE ' || pg_catalog.quote_ident(l.lanname) ||
                                  ' (' || pg_catalog.concat_ws(', ', CASE WHEN t.trffromsql <> 0 THEN 'FROM SQL WITH FUNCTION ' || t.trffromsql::pg_catalog.regprocedure::text END,
                                                             CASE WHEN t.trftosql <> 0 THEN 'TO SQL WITH FUNCTION ' || t.trftosql::pg_catalog.regprocedure::text END) || ')'
                           FROM pg_catalog.pg_transform t JOIN pg_catalog.pg_language l ON l.oid = t.trflang WHERE t.oid = obj)
    WHEN 'conversion' THEN (SELECT 'CREATE ' || CASE WHEN condefault THEN 'DEFAULT ' ELSE '' END || 'CONVERSION ' || pg_temp.pgd_q(n.nspname, conname) ||
                                   ' FOR ' || pg_catalog.quote_literal(pg_catalog.pg_encoding_to_char(conforencoding)) ||
                                   ' TO ' || pg_catalog.quote_literal(pg_catalog.pg_encoding_to_char(contoencoding)) || ' FROM ' || conproc::pg_catalog.regproc::text
                            FROM pg_catalog.pg_conversion x JOIN pg_catalog.pg_namespace n ON n.oid = x.connamespace WHERE x.oid = obj)
    WHEN 'text_search_parser' THEN (SELECT 'CREATE TEXT SEARCH PARSER ' || pg_temp.pgd_q(n.nspname, prsname) || ' (START = ' || prsstart::pg_catalog.regproc::text ||
                                           ', GETTOKEN = ' || prstoken::pg_catalog.regproc::text || ', END = ' || prsend::pg_catalog.regproc::text ||
                                           ', LEXTYPES = ' || prslextype::pg_catalog.regproc::text ||
                                           CASE WHEN prsheadline <> 0 THEN ', HEADLINE = ' || prsheadline::pg_catalog.regproc::text ELSE '' END || ')'
                                    FROM pg_catalog.pg_ts_parser x JOIN pg_catalog.pg_namespace n ON n.oid = x.prsnamespace WHERE x.oid = obj)
    ELSE (SELECT 'CREATE TEXT SEARCH TEMPLATE ' || pg_temp.pgd_q(n.nspname, tmplname) || ' (' ||
                 CASE WHEN tmplinit <> 0 THEN 'INIT = ' || tmplinit::pg_catalog.regproc::text || ', ' ELSE '' END ||
                 'LEXIZE = ' || tmpllexize::pg_catalog.regproc::text || ')'
          FROM pg_catalog.pg_ts_template x JOIN pg_catalog.pg_namespace n ON n.oid = x.tmplnamespace WHERE x.oid = obj) END
$f$;

-- A live object's CREATE and comment (what undoes its drop).
CREATE FUNCTION pg_temp.pgd_plain_sql(kind text, target text, obj oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', pg_temp.pgd_plain_def(kind, obj),
           'COMMENT ON ' || target || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(obj, pg_temp.pgd_plain_class(kind))))
$f$;

-- Before a text search parser or template is dropped to be created again: the configurations
-- using it (or mapping its dictionaries) and its dictionaries go first, saved; the end of the run
-- creates again those no later step did.
CREATE FUNCTION pg_temp.pgd_plain_drop_users(s integer, kind text, obj oid) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE x record;
BEGIN
  FOR x IN SELECT 'pg_ts_config' AS cls, c.oid, 'TEXT SEARCH CONFIGURATION ' || pg_temp.pgd_q(n.nspname, c.cfgname) AS what, 1 AS ord
           FROM pg_catalog.pg_ts_config c JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
           WHERE (kind = 'text_search_parser' AND c.cfgparser = obj)
              OR (kind = 'text_search_template' AND EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config_map m JOIN pg_catalog.pg_ts_dict d ON d.oid = m.mapdict
                                                            WHERE m.mapcfg = c.oid AND d.dicttemplate = obj))
           UNION ALL
           SELECT 'pg_ts_dict', d.oid, 'TEXT SEARCH DICTIONARY ' || pg_temp.pgd_q(n.nspname, d.dictname), 2
           FROM pg_catalog.pg_ts_dict d JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
           WHERE kind = 'text_search_template' AND d.dicttemplate = obj
           ORDER BY ord, what LOOP
    INSERT INTO pg_temp.pgd_saved (step, kind, ident, rel, name, ddl, drop_sql)
    VALUES (s, x.cls, NULL, NULL, x.what,
            CASE x.cls WHEN 'pg_ts_config' THEN pg_temp.pgd_ts_config_sql(x.oid) ELSE pg_temp.pgd_ts_dictionary_sql(x.oid) END, 'DROP ' || x.what);
    PERFORM pg_temp.pgd_do(s, 'drop dependent', x.what, 'DROP ' || x.what,
            CASE x.cls WHEN 'pg_ts_config' THEN pg_temp.pgd_ts_config_sql(x.oid) ELSE pg_temp.pgd_ts_dictionary_sql(x.oid) END);
  END LOOP;
END $f$;

CREATE FUNCTION pg_temp.pgd_plain(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_plain; obj oid; live text; what text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_plain WHERE step = s;
  what := pg_catalog.replace(d.kind, '_', ' ');
  obj := pg_temp.pgd_plain_oid(d.kind, d.sch, d.name);
  live := pg_temp.pgd_plain_def(d.kind, obj);
  IF obj IS NOT NULL AND live <> d.def THEN
    IF d.replace THEN
      PERFORM pg_temp.pgd_do(s, 'replace ' || what, d.ident, pg_catalog.regexp_replace(d.def, '^CREATE ', 'CREATE OR REPLACE '),
                             pg_catalog.regexp_replace(live, '^CREATE ', 'CREATE OR REPLACE '));
    ELSE
      PERFORM pg_temp.pgd_plain_drop_users(s, d.kind, obj);
      PERFORM pg_temp.pgd_do(s, 'drop ' || what, d.ident, 'DROP ' || d.target, pg_temp.pgd_plain_sql(d.kind, d.target, obj));
      IF pg_temp.pgd_verifying() THEN RETURN; END IF;
      obj := NULL;
    END IF;
  END IF;
  IF obj IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create ' || what, d.ident, d.def, 'DROP ' || d.target);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    obj := pg_temp.pgd_plain_oid(d.kind, d.sch, d.name);
  END IF;
  PERFORM pg_temp.pgd_comment(s, d.ident, d.target, pg_temp.pgd_description(obj, pg_temp.pgd_plain_class(d.kind)), d.comment);
END $f$;
