-- pgdrift runtime: lives in pg_temp for this session only and is dropped at the end of the run.
-- The desired objects are loaded as rows (one table per kind, all children of pgd_obj); pgd_run
-- visits them in the plan's order and each kind's function compares the row with the live
-- catalog and runs only the DDL that is needed, logging what undoes it.
CREATE TEMP TABLE pgd_obj (step integer NOT NULL, phase integer NOT NULL DEFAULT 2);
CREATE TEMP TABLE pgd_state (verify boolean NOT NULL, actions integer NOT NULL DEFAULT 0,
                             probes integer NOT NULL DEFAULT 0, checked integer NOT NULL DEFAULT 0);
CREATE TEMP TABLE pgd_problem (step integer, problem text);
-- Tables this run created with every desired column: their columns need no comparing.
CREATE TEMP TABLE pgd_created (sch text, name text, PRIMARY KEY (sch, name));
-- Objects dropped because something they depend on had to be replaced: created again at the end
-- of the run unless a later step already did.
-- `ident` names a saved view (its relation) so that a later drop of it keeps it dropped; `rel`
-- the table a saved constraint, trigger, policy or default belongs to (dropped with the table).
CREATE TEMP TABLE pgd_saved (seq serial, step integer, kind text, ident text, rel text, name text, ddl text, drop_sql text);

-- OPTIONS (name 'value', ...) of a server or foreign table as stored (NULL without options).
CREATE FUNCTION pg_temp.pgd_options_sql(opts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT ' OPTIONS (' || pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || ' ' || pg_catalog.quote_literal(o.option_value), ', ') || ')'
  FROM pg_catalog.pg_options_to_table(opts) o
$f$;

-- The comment of an object. Lookups called once per object are PL/pgSQL, whose plans live for
-- the session; a SQL function called from PL/pgSQL is planned again at every call.
CREATE FUNCTION pg_temp.pgd_description(obj oid, cls oid) RETURNS text LANGUAGE plpgsql STABLE AS $f$
BEGIN
  RETURN (SELECT description FROM pg_catalog.pg_description WHERE objoid = obj AND classoid = cls AND objsubid = 0);
END $f$;

CREATE FUNCTION pg_temp.pgd_verifying() RETURNS boolean LANGUAGE sql STABLE AS
$f$ SELECT verify FROM pg_temp.pgd_state $f$;

-- Desired SQL runs with the search_path of the session that applies the script (as migrations
-- do); the runtime reads the catalog with an empty one, so the server prints names qualified.
CREATE FUNCTION pg_temp.pgd_execute(stmt text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM pg_catalog.set_config('search_path', pg_catalog.current_setting('pgdrift.search_path'), true);
  EXECUTE stmt;
  PERFORM pg_catalog.set_config('search_path', '', true);
END $f$;

-- Runs one action: DDL, log row with the statement that undoes it, NOTICE. In verify mode the
-- action is a problem to report instead.
CREATE FUNCTION pg_temp.pgd_do(step integer, action text, object text, ddl text, undo text) RETURNS void
LANGUAGE plpgsql AS $f$
BEGIN
  IF pg_temp.pgd_verifying() THEN
    INSERT INTO pg_temp.pgd_problem VALUES (step, action || ' ' || object);
    RETURN;
  END IF;
  IF ddl IS NOT NULL THEN PERFORM pg_temp.pgd_execute(ddl); END IF;
  INSERT INTO pgdrift.reconcile_log (run_id, version, step, action, object, undo)
  VALUES (pg_catalog.current_setting('pgdrift.run_id')::bigint, pg_catalog.current_setting('pgdrift.version'), step, action, object, undo);
  UPDATE pg_temp.pgd_state SET actions = actions + 1;
  RAISE NOTICE 'pgdrift: step %: % %', step, action, object;
END $f$;

-- to_regprocedure that answers NULL when an argument's type does not exist either.
CREATE FUNCTION pg_temp.pgd_regprocedure(sig text) RETURNS oid LANGUAGE plpgsql STABLE AS $f$
BEGIN
  RETURN pg_catalog.to_regprocedure(sig);
EXCEPTION WHEN undefined_object OR invalid_schema_name OR syntax_error OR invalid_text_representation THEN
  RETURN NULL;
END $f$;

CREATE FUNCTION pg_temp.pgd_q(s text, n text) RETURNS text LANGUAGE sql IMMUTABLE AS
$f$ SELECT pg_catalog.quote_ident(s) || '.' || pg_catalog.quote_ident(n) $f$;

CREATE FUNCTION pg_temp.pgd_rel(s text, n text, kinds "char"[]) RETURNS oid LANGUAGE plpgsql STABLE AS $f$
BEGIN
  RETURN (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace ns ON ns.oid = c.relnamespace
          WHERE ns.nspname = s AND c.relname = n AND c.relkind = ANY (kinds));
END $f$;

-- Sets a comment when it differs; `target` is what follows COMMENT ON. Never under the policy's
-- `ignore comments;` (the script sets pgdrift.ignore_comments).
CREATE FUNCTION pg_temp.pgd_comment(step integer, object text, target text, current text, wanted text) RETURNS void
LANGUAGE plpgsql AS $f$
BEGIN
  IF current IS DISTINCT FROM wanted AND pg_catalog.current_setting('pgdrift.ignore_comments', true) IS DISTINCT FROM 'on' THEN
    PERFORM pg_temp.pgd_do(step, 'set comment', object, 'COMMENT ON ' || target || ' IS ' || pg_catalog.quote_nullable(wanted),
                           'COMMENT ON ' || target || ' IS ' || pg_catalog.quote_nullable(current));
  END IF;
END $f$;

-- All options in one comparable text, as the rows state them.
CREATE FUNCTION pg_temp.pgd_sequence_options(r oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT 'AS ' || pg_catalog.format_type(q.seqtypid, NULL) || ' START WITH ' || q.seqstart || ' INCREMENT BY ' || q.seqincrement
         || ' MINVALUE ' || q.seqmin || ' MAXVALUE ' || q.seqmax || ' CACHE ' || q.seqcache
         || CASE WHEN q.seqcycle THEN ' CYCLE' ELSE ' NO CYCLE' END
  FROM pg_catalog.pg_sequence q WHERE q.seqrelid = r
$f$;
-- ALTER TABLE ... ENABLE / DISABLE / ENABLE ALWAYS / ENABLE REPLICA of a trigger or rule (`what`).
CREATE FUNCTION pg_temp.pgd_fires_sql(q text, what text, name text, state "char") RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT 'ALTER TABLE ' || q || CASE state WHEN 'D' THEN ' DISABLE ' WHEN 'A' THEN ' ENABLE ALWAYS ' WHEN 'R' THEN ' ENABLE REPLICA ' ELSE ' ENABLE ' END
         || what || ' ' || pg_catalog.quote_ident(name)
$f$;

-- ' RESTART' for a sequence nothing has drawn from yet (new bounds may exclude its old start);
-- for one in use whose counter is below the new MINVALUE (ascending) or above the new MAXVALUE
-- (descending), ' RESTART WITH' that bound, which moves it forward; else '': a counter in use is
-- never moved back. `options` are the options about to be set (pgd_sequence_options' form).
CREATE FUNCTION pg_temp.pgd_restart(r oid, options text) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE WHEN v.last IS NULL THEN ' RESTART'
              WHEN v.inc > 0 AND v.last < v.lo THEN ' RESTART WITH ' || v.lo
              WHEN v.inc < 0 AND v.last > v.hi THEN ' RESTART WITH ' || v.hi
              ELSE '' END
  FROM (SELECT pg_catalog.pg_sequence_last_value(r) AS last,
               pg_catalog.substring(options, ' INCREMENT BY (-?[0-9]+)')::numeric AS inc,
               pg_catalog.substring(options, ' MINVALUE (-?[0-9]+)')::numeric AS lo,
               pg_catalog.substring(options, ' MAXVALUE (-?[0-9]+)')::numeric AS hi) v
$f$;
CREATE FUNCTION pg_temp.pgd_owned_by(r oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT d.refobjid::pg_catalog.regclass::text || '.' || pg_catalog.quote_ident(a.attname)
  FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r AND d.deptype = 'a'
    AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
$f$;
-- A trigger or policy definition with its table's name replaced (so a probe's compares with the real one's).
CREATE FUNCTION pg_temp.pgd_on(def text, tab text, other text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE WHEN pg_catalog.strpos(def, ' ON ' || tab || ' ') = 0 THEN def
              ELSE pg_catalog.overlay(def, ' ON ' || other || ' ', pg_catalog.strpos(def, ' ON ' || tab || ' '),
                                      pg_catalog.length(' ON ' || tab || ' ')) END
$f$;

-- Probes: the server prints a desired definition created on a stand-in in pg_temp, so it can be
-- compared with what it prints for the live object. A stand-in table has the real table's name
-- and columns (expressions that name their own table keep working).
-- (A view's stand-in is a view: its triggers are INSTEAD OF.)
CREATE FUNCTION pg_temp.pgd_probe_done(t text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  EXECUTE pg_catalog.format('DROP %s pg_temp.%I', CASE (SELECT relkind FROM pg_catalog.pg_class
    WHERE oid = pg_catalog.to_regclass(pg_catalog.format('pg_temp.%I', t))) WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, t);
END $f$;

CREATE FUNCTION pg_temp.pgd_probe_table(s text, t text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN
  UPDATE pg_temp.pgd_state SET probes = probes + 1;
  IF pg_catalog.to_regclass(pg_catalog.format('pg_temp.%I', t)) IS NOT NULL THEN PERFORM pg_temp.pgd_probe_done(t); END IF;
  IF (SELECT relkind FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass(pg_catalog.format('%I.%I', s, t))) = 'v' THEN
    EXECUTE pg_catalog.format('CREATE TEMP VIEW %I AS SELECT * FROM %I.%I', t, s, t);
  ELSE
    EXECUTE pg_catalog.format('CREATE TEMP TABLE %I (LIKE %I.%I)', t, s, t);
  END IF;
  RETURN pg_catalog.format('pg_temp.%I', t);
END $f$;

-- How the server prints an expression of a type as a column default, and a type.
CREATE FUNCTION pg_temp.pgd_printed_default(typ text, expr text) RETURNS text LANGUAGE plpgsql
SET search_path = '' AS $f$
DECLARE r text;
BEGIN
  UPDATE pg_temp.pgd_state SET probes = probes + 1;
  PERFORM pg_temp.pgd_execute(pg_catalog.format('CREATE TEMP TABLE pgd_probe_default (c %s DEFAULT (%s))', typ, expr));
  SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid) INTO r FROM pg_catalog.pg_attrdef d
  WHERE d.adrelid = pg_catalog.to_regclass('pg_temp.pgd_probe_default');
  DROP TABLE pg_temp.pgd_probe_default;
  RETURN r;
END $f$;

CREATE FUNCTION pg_temp.pgd_printed_type(typ text) RETURNS text LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE r text;
BEGIN
  UPDATE pg_temp.pgd_state SET probes = probes + 1;
  PERFORM pg_temp.pgd_execute(pg_catalog.format('CREATE TEMP TABLE pgd_probe_type (c %s)', typ));
  SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) INTO r FROM pg_catalog.pg_attribute a
  WHERE a.attrelid = pg_catalog.to_regclass('pg_temp.pgd_probe_type') AND a.attname = 'c';
  DROP TABLE pg_temp.pgd_probe_type;
  RETURN r;
END $f$;

-- Live objects that depend (pg_depend) on an object, deepest first, limited to the kinds a
-- change of it forces out: views (rules), triggers, policies, column defaults, constraints,
-- indexes and functions. `sub` 0 = the object itself or any of its columns.
CREATE FUNCTION pg_temp.pgd_dependents(cls oid, obj oid, sub integer, kinds text[])
RETURNS TABLE (classid oid, objid oid, objsubid integer, depth integer) LANGUAGE sql STABLE AS $f$
  WITH RECURSIVE dep(classid, objid, objsubid, depth, path) AS (
    SELECT d.classid, d.objid, d.objsubid, 1, ARRAY[d.classid::text || ':' || d.objid::text]
    FROM pg_catalog.pg_depend d
    WHERE d.refclassid = cls AND d.refobjid = obj AND (sub = 0 OR d.refobjsubid = sub) AND d.deptype = 'n'
      AND d.classid::pg_catalog.regclass::text = ANY (kinds)
      AND (d.classid <> 'pg_catalog.pg_class'::pg_catalog.regclass  -- of relations, only indexes
           OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid = d.objid) IN ('i', 'I'))
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite own WHERE d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                      AND own.oid = d.objid AND own.ev_class = obj)  -- a view's own rule
    UNION ALL
    SELECT d.classid, d.objid, d.objsubid, dep.depth + 1, dep.path || (d.classid::text || ':' || d.objid::text)
    FROM dep
    JOIN pg_catalog.pg_rewrite rw ON dep.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND rw.oid = dep.objid
                                AND rw.rulename = '_RETURN'  -- a view, not a rule on a relation
    JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = rw.ev_class
                               AND d.deptype = 'n' AND d.classid::pg_catalog.regclass::text = ANY (kinds)
    WHERE NOT (d.classid::text || ':' || d.objid::text) = ANY (dep.path) AND dep.depth < 50
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite own WHERE d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                      AND own.oid = d.objid AND own.ev_class = rw.ev_class)
  )
  SELECT classid, objid, 0, max(depth) FROM dep GROUP BY classid, objid ORDER BY max(depth) DESC, classid, objid
$f$;

-- CREATE POLICY for a live policy.
CREATE FUNCTION pg_temp.pgd_policy_sql(obj oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.format('CREATE POLICY %I ON %s AS %s FOR %s TO %s', p.polname, p.polrelid::pg_catalog.regclass,
           CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
           CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
           (SELECT pg_catalog.string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r)) END, ', ' ORDER BY 1)
            FROM pg_catalog.unnest(p.polroles) r))
         || CASE WHEN p.polqual IS NULL THEN '' ELSE ' USING (' || pg_catalog.pg_get_expr(p.polqual, p.polrelid) || ')' END
         || CASE WHEN p.polwithcheck IS NULL THEN '' ELSE ' WITH CHECK (' || pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) || ')' END
  FROM pg_catalog.pg_policy p WHERE p.oid = obj
$f$;

-- ACL and owner of a relation, function, type or schema as GRANT / ALTER ... OWNER statements.
CREATE FUNCTION pg_temp.pgd_acl_sql(kind text, target text, acl pg_catalog.aclitem[], owner oid) RETURNS text
LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'ALTER ' || kind || ' ' || target || ' OWNER TO ' || pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(owner)),
    -- an explicit ACL replaces what PostgreSQL grants by itself (EXECUTE to PUBLIC, ...)
    CASE WHEN acl IS NOT NULL THEN pg_catalog.format('REVOKE ALL ON %s %s FROM PUBLIC',
      CASE WHEN kind IN ('VIEW', 'MATERIALIZED VIEW') THEN 'TABLE' WHEN kind = 'FUNCTION' THEN 'ROUTINE' ELSE kind END, target) END,
    (SELECT pg_catalog.string_agg(pg_catalog.format('GRANT %s ON %s %s TO %s%s', a.privilege_type,
              CASE WHEN kind IN ('VIEW', 'MATERIALIZED VIEW') THEN 'TABLE' WHEN kind = 'FUNCTION' THEN 'ROUTINE' ELSE kind END, target,
              CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END,
              CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END), E';\n' ORDER BY a.grantee, a.privilege_type)
     FROM pg_catalog.aclexplode(acl) a WHERE a.grantee <> owner))
$f$;

-- The statements that create a live object again: definition, comments, privileges.
CREATE FUNCTION pg_temp.pgd_object_sql(cls oid, obj oid) RETURNS text LANGUAGE plpgsql STABLE SET search_path = '' AS $f$
DECLARE r record; out text;
BEGIN
  CASE cls::pg_catalog.regclass::text
  WHEN 'pg_rewrite' THEN
    SELECT c.oid, c.relkind, c.reloptions, c.relacl, c.relowner, pg_catalog.format('%I.%I', n.nspname, c.relname) AS q,
           rw.rulename, rw.ev_enabled INTO r
    FROM pg_catalog.pg_rewrite rw JOIN pg_catalog.pg_class c ON c.oid = rw.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE rw.oid = obj;
    IF r.rulename <> '_RETURN' THEN  -- a rule (CREATE RULE) of a table or view
      RETURN pg_catalog.concat_ws(E';\n', pg_catalog.rtrim(pg_catalog.pg_get_ruledef(obj), ';'),
        CASE WHEN r.ev_enabled <> 'O' THEN pg_temp.pgd_fires_sql(r.q, 'RULE', r.rulename, r.ev_enabled) END,
        'COMMENT ON RULE ' || pg_catalog.quote_ident(r.rulename) || ' ON ' || r.q || ' IS ' ||
          pg_catalog.quote_literal(pg_temp.pgd_description(obj, 'pg_catalog.pg_rewrite'::pg_catalog.regclass)));
    END IF;
    -- a view that reads itself is created over NULLs of its column types first (as pg_dump does)
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND x.objid = obj
               AND x.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.refobjid = r.oid AND x.deptype = 'n' AND x.refobjsubid > 0) THEN
      out := 'CREATE VIEW ' || r.q || ' AS SELECT ' ||
             (SELECT pg_catalog.string_agg(pg_catalog.format('NULL::%s AS %I', pg_catalog.format_type(a.atttypid, a.atttypmod), a.attname), ', ' ORDER BY a.attnum)
              FROM pg_catalog.pg_attribute a WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped) || E';\nCREATE OR REPLACE VIEW ';
    ELSE
      out := CASE r.relkind WHEN 'm' THEN 'CREATE MATERIALIZED VIEW ' ELSE 'CREATE VIEW ' END;
    END IF;
    out := out || r.q
           || CASE WHEN r.reloptions IS NULL THEN '' ELSE ' WITH (' || pg_catalog.array_to_string(r.reloptions, ', ') || ')' END
           || ' AS ' || pg_catalog.rtrim(pg_catalog.pg_get_viewdef(r.oid), ';');
    out := pg_catalog.concat_ws(E';\n', out,
      (SELECT pg_catalog.string_agg(pg_catalog.pg_get_indexdef(i.indexrelid), E';\n' ORDER BY i.indexrelid) FROM pg_catalog.pg_index i WHERE i.indrelid = r.oid),
      (SELECT pg_catalog.string_agg(pg_temp.pgd_object_sql('pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid), E';\n' ORDER BY t.tgname)
       FROM pg_catalog.pg_trigger t WHERE t.tgrelid = r.oid AND NOT t.tgisinternal),
      (SELECT pg_catalog.string_agg(pg_temp.pgd_object_sql('pg_catalog.pg_rewrite'::pg_catalog.regclass, x.oid), E';\n' ORDER BY x.rulename)
       FROM pg_catalog.pg_rewrite x WHERE x.ev_class = r.oid AND x.rulename <> '_RETURN'),
      'COMMENT ON ' || CASE r.relkind WHEN 'm' THEN 'MATERIALIZED VIEW ' ELSE 'VIEW ' END || r.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(r.oid, 'pg_catalog.pg_class'::pg_catalog.regclass)),
      (SELECT pg_catalog.string_agg(pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L', r.q, a.attname, pg_catalog.col_description(r.oid, a.attnum)), E';\n')
       FROM pg_catalog.pg_attribute a WHERE a.attrelid = r.oid AND a.attnum > 0 AND pg_catalog.col_description(r.oid, a.attnum) IS NOT NULL),
      (SELECT pg_catalog.string_agg(pg_catalog.format('ALTER VIEW %s ALTER COLUMN %I SET DEFAULT %s', r.q, a.attname, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)), E';\n' ORDER BY a.attnum)
       FROM pg_catalog.pg_attrdef ad JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum WHERE ad.adrelid = r.oid),
      pg_temp.pgd_acl_sql(CASE r.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'VIEW' END, r.q, r.relacl, r.relowner));
  WHEN 'pg_trigger' THEN
    SELECT t.oid, t.tgenabled, t.tgname, t.tgrelid::pg_catalog.regclass::text AS q INTO r FROM pg_catalog.pg_trigger t WHERE t.oid = obj;
    out := pg_catalog.concat_ws(E';\n', pg_catalog.pg_get_triggerdef(obj),
      CASE WHEN r.tgenabled <> 'O' THEN pg_temp.pgd_fires_sql(r.q, 'TRIGGER', r.tgname, r.tgenabled) END,
      'COMMENT ON TRIGGER ' || pg_catalog.quote_ident(r.tgname) || ' ON ' || r.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(obj, 'pg_catalog.pg_trigger'::pg_catalog.regclass)));
  WHEN 'pg_policy' THEN
    SELECT p.polname, p.polrelid::pg_catalog.regclass::text AS q INTO r FROM pg_catalog.pg_policy p WHERE p.oid = obj;
    out := pg_catalog.concat_ws(E';\n', pg_temp.pgd_policy_sql(obj),
      'COMMENT ON POLICY ' || pg_catalog.quote_ident(r.polname) || ' ON ' || r.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(obj, 'pg_catalog.pg_policy'::pg_catalog.regclass)));
  WHEN 'pg_attrdef' THEN
    SELECT pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT %s', d.adrelid::pg_catalog.regclass, a.attname, pg_catalog.pg_get_expr(d.adbin, d.adrelid)) INTO out
    FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.oid = obj;
  WHEN 'pg_constraint' THEN
    SELECT CASE WHEN c.contypid <> 0 THEN pg_catalog.format('ALTER DOMAIN %s ADD CONSTRAINT %I %s', c.contypid::pg_catalog.regtype, c.conname, pg_catalog.pg_get_constraintdef(c.oid))
                ELSE pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::pg_catalog.regclass, c.conname, pg_catalog.pg_get_constraintdef(c.oid)) END
           || coalesce(pg_catalog.format(E';\nCOMMENT ON CONSTRAINT %I ON %s%s IS %L', c.conname,
                  CASE WHEN c.contypid <> 0 THEN 'DOMAIN ' || c.contypid::pg_catalog.regtype::text ELSE c.conrelid::pg_catalog.regclass::text END, '',
                  pg_temp.pgd_description(c.oid, 'pg_catalog.pg_constraint'::pg_catalog.regclass)), '') INTO out
    FROM pg_catalog.pg_constraint c WHERE c.oid = obj;
  WHEN 'pg_class' THEN  -- an index or a sequence
    SELECT c.relkind, c.relacl, c.relowner, obj::pg_catalog.regclass::text AS q INTO r FROM pg_catalog.pg_class c WHERE c.oid = obj;
    IF r.relkind = 'S' THEN
      out := pg_catalog.concat_ws(E';\n', 'CREATE SEQUENCE ' || r.q || ' ' || pg_temp.pgd_sequence_options(obj),
        pg_catalog.format('SELECT pg_catalog.setval(%L, %s, %s)', r.q, coalesce(pg_catalog.pg_sequence_last_value(obj),
          (SELECT seqstart FROM pg_catalog.pg_sequence WHERE seqrelid = obj)), (pg_catalog.pg_sequence_last_value(obj) IS NOT NULL)::text),
        'COMMENT ON SEQUENCE ' || r.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(obj, 'pg_catalog.pg_class'::pg_catalog.regclass)),
        pg_temp.pgd_acl_sql('SEQUENCE', r.q, r.relacl, r.relowner));
    ELSE
      out := pg_catalog.concat_ws(E';\n', pg_catalog.pg_get_indexdef(obj),
               'COMMENT ON INDEX ' || r.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(obj, 'pg_catalog.pg_class'::pg_catalog.regclass)));
    END IF;
  WHEN 'pg_proc' THEN
    SELECT p.proacl, p.proowner, p.oid::pg_catalog.regprocedure::text AS q INTO r FROM pg_catalog.pg_proc p WHERE p.oid = obj;
    out := pg_catalog.concat_ws(E';\n', pg_catalog.pg_get_functiondef(obj),
      'COMMENT ON ROUTINE ' || r.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(obj, 'pg_catalog.pg_proc'::pg_catalog.regclass)),
      pg_temp.pgd_acl_sql('ROUTINE', r.q, r.proacl, r.proowner));
  ELSE
    RAISE EXCEPTION 'pgdrift: % depends on the object being replaced; pgdrift cannot recreate it',
      pg_catalog.pg_describe_object(cls, obj, 0);
  END CASE;
  RETURN out;
END $f$;

-- The name the log and NOTICEs give a live object.
CREATE FUNCTION pg_temp.pgd_describe(cls oid, obj oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE WHEN cls = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
              THEN (SELECT CASE WHEN rw.rulename = '_RETURN' THEN pg_catalog.pg_describe_object('pg_catalog.pg_class'::pg_catalog.regclass, rw.ev_class, 0)
                                ELSE pg_catalog.pg_describe_object(cls, obj, 0) END
                    FROM pg_catalog.pg_rewrite rw WHERE rw.oid = obj)
              ELSE pg_catalog.pg_describe_object(cls, obj, 0) END
$f$;

-- Drops what depends on an object (deepest first) before the object is replaced or retyped,
-- saving each so that the end of the run creates again those no later step created.
CREATE FUNCTION pg_temp.pgd_drop_dependents(step integer, cls oid, obj oid, sub integer, kinds text[]) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d record; ddl text; what text; drop_sql text;
BEGIN
  FOR d IN SELECT * FROM pg_temp.pgd_dependents(cls, obj, sub, kinds) LOOP
    CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = d.classid AND x.objid = d.objid);
    ddl := pg_temp.pgd_object_sql(d.classid, d.objid);
    what := pg_temp.pgd_describe(d.classid, d.objid);
    drop_sql := CASE d.classid::pg_catalog.regclass::text
      WHEN 'pg_rewrite' THEN (SELECT CASE WHEN rw.rulename <> '_RETURN' THEN pg_catalog.format('DROP RULE %I ON %s', rw.rulename, c.oid::pg_catalog.regclass)
                                          WHEN c.relkind = 'm' THEN 'DROP MATERIALIZED VIEW ' || c.oid::pg_catalog.regclass::text
                                          ELSE 'DROP VIEW ' || c.oid::pg_catalog.regclass::text END
                              FROM pg_catalog.pg_rewrite rw JOIN pg_catalog.pg_class c ON c.oid = rw.ev_class WHERE rw.oid = d.objid)
      WHEN 'pg_trigger' THEN (SELECT pg_catalog.format('DROP TRIGGER %I ON %s', t.tgname, t.tgrelid::pg_catalog.regclass) FROM pg_catalog.pg_trigger t WHERE t.oid = d.objid)
      WHEN 'pg_policy' THEN (SELECT pg_catalog.format('DROP POLICY %I ON %s', p.polname, p.polrelid::pg_catalog.regclass) FROM pg_catalog.pg_policy p WHERE p.oid = d.objid)
      WHEN 'pg_attrdef' THEN (SELECT pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I DROP DEFAULT', a.adrelid::pg_catalog.regclass, att.attname)
                              FROM pg_catalog.pg_attrdef a JOIN pg_catalog.pg_attribute att ON att.attrelid = a.adrelid AND att.attnum = a.adnum WHERE a.oid = d.objid)
      WHEN 'pg_constraint' THEN (SELECT CASE WHEN c.contypid <> 0 THEN pg_catalog.format('ALTER DOMAIN %s DROP CONSTRAINT %I', c.contypid::pg_catalog.regtype, c.conname)
                                             ELSE pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::pg_catalog.regclass, c.conname) END
                                 FROM pg_catalog.pg_constraint c WHERE c.oid = d.objid)
      WHEN 'pg_class' THEN 'DROP INDEX ' || d.objid::pg_catalog.regclass::text
      WHEN 'pg_proc' THEN 'DROP ROUTINE ' || d.objid::pg_catalog.regprocedure::text
    END;
    INSERT INTO pg_temp.pgd_saved (step, kind, ident, rel, name, ddl, drop_sql)
    VALUES (step, d.classid::pg_catalog.regclass::text,
            CASE d.classid::pg_catalog.regclass::text  -- a view; a routine; a default's column
              WHEN 'pg_rewrite' THEN (SELECT rw.ev_class::pg_catalog.regclass::text FROM pg_catalog.pg_rewrite rw WHERE rw.oid = d.objid AND rw.rulename = '_RETURN')
              WHEN 'pg_proc' THEN d.objid::pg_catalog.regprocedure::text
              WHEN 'pg_attrdef' THEN (SELECT att.attname FROM pg_catalog.pg_attrdef a JOIN pg_catalog.pg_attribute att ON att.attrelid = a.adrelid AND att.attnum = a.adnum
                                      WHERE a.oid = d.objid) END,
            (SELECT x.r::pg_catalog.regclass::text FROM (
               SELECT conrelid AS r FROM pg_catalog.pg_constraint WHERE d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND oid = d.objid
               UNION ALL SELECT tgrelid FROM pg_catalog.pg_trigger WHERE d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND oid = d.objid
               UNION ALL SELECT polrelid FROM pg_catalog.pg_policy WHERE d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND oid = d.objid
               UNION ALL SELECT adrelid FROM pg_catalog.pg_attrdef WHERE d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND oid = d.objid
               UNION ALL SELECT ev_class FROM pg_catalog.pg_rewrite WHERE d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND oid = d.objid
                 AND rulename <> '_RETURN') x
             WHERE x.r <> 0),
            what, ddl, drop_sql);
    PERFORM pg_temp.pgd_do(step, 'drop dependent', what, drop_sql, ddl);
  END LOOP;
END $f$;

-- End of a run: what was dropped as a dependent and not created again comes back.
CREATE FUNCTION pg_temp.pgd_restore_saved() RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE s record;
BEGIN
  FOR s IN SELECT * FROM pg_temp.pgd_saved ORDER BY seq DESC LOOP
    -- a routine or a default a later step made already (their statements would replace it)
    CONTINUE WHEN s.kind = 'pg_proc' AND pg_temp.pgd_regprocedure(s.ident) IS NOT NULL;
    CONTINUE WHEN s.kind = 'pg_attrdef' AND EXISTS (SELECT 1 FROM pg_catalog.pg_attrdef ad JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
                                                   WHERE ad.adrelid = pg_catalog.to_regclass(s.rel) AND a.attname = s.ident);
    BEGIN
      PERFORM pg_temp.pgd_execute(s.ddl);
      PERFORM pg_temp.pgd_do(s.step, 'create again', s.name, NULL, s.drop_sql);
    EXCEPTION WHEN duplicate_object OR duplicate_table OR duplicate_function OR unique_violation THEN  -- (text search objects say the last)
      NULL;  -- a later step created it already
    END;
  END LOOP;
  DELETE FROM pg_temp.pgd_saved;
END $f$;

-- The end of a run: one NOTICE that sums it up.
CREATE FUNCTION pg_temp.pgd_summary() RETURNS void LANGUAGE plpgsql AS $f$
DECLARE st pg_temp.pgd_state; n bigint;
BEGIN
  SELECT * INTO st FROM pg_temp.pgd_state;
  SELECT count(*) INTO n FROM pg_temp.pgd_obj;
  IF st.actions = 0 THEN
    RAISE NOTICE 'pgdrift: up to date (% objects checked, % probes)', n, st.probes;
  ELSE
    RAISE NOTICE 'pgdrift: % actions (% objects checked, % probes); undo them with the rollback script', st.actions, n, st.probes;
  END IF;
END $f$;

-- Verify: every difference found, as one error.
CREATE FUNCTION pg_temp.pgd_report() RETURNS void LANGUAGE plpgsql AS $f$
DECLARE n integer; list text;
BEGIN
  SELECT count(*), pg_catalog.string_agg(problem, E'\n  ' ORDER BY step, problem) INTO n, list FROM pg_temp.pgd_problem;
  IF n > 0 THEN
    RAISE EXCEPTION 'pgdrift verify: % problem(s)%', n, E'\n  ' || list;
  END IF;
  RAISE NOTICE 'pgdrift verify: the database has the desired schema';
END $f$;

