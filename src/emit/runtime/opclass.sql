-- Operator families and classes: a family made when missing, its own members (added on their
-- own, ALTER OPERATOR FAMILY ... ADD) added and dropped as desired; a class made when missing and
-- made again when its type, default, family, storage or members differ (the indexes that use it
-- go first and come back at the end of the run). Members compare as pg_dump prints them.
CREATE TEMP TABLE pgd_opfamily (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, method text NOT NULL,
  keys text[] NOT NULL, members text[] NOT NULL, comment text) INHERITS (pg_temp.pgd_obj);
CREATE TEMP TABLE pgd_opclass (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, method text NOT NULL,
  def text NOT NULL, type text NOT NULL, is_default boolean NOT NULL, family text NOT NULL, storage text NOT NULL,
  members text[] NOT NULL, comment text) INHERITS (pg_temp.pgd_obj);

-- The members of class cls, or with cls 0 the family's own: key ("O|F number lefttype,righttype") and text.
CREATE FUNCTION pg_temp.pgd_opmembers(fam oid, cls oid) RETURNS TABLE (key text, member text) LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT 'O ' || o.amopstrategy || ' ' || pg_catalog.format_type(o.amoplefttype, NULL) || ',' || pg_catalog.format_type(o.amoprighttype, NULL),
         'OPERATOR ' || o.amopstrategy || ' ' || o.amopopr::pg_catalog.regoperator::text ||
         CASE WHEN o.amoppurpose = 'o' THEN ' FOR ORDER BY ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(sf.opfname) ELSE '' END
  FROM pg_catalog.pg_amop o LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = o.amopsortfamily LEFT JOIN pg_catalog.pg_namespace n ON n.oid = sf.opfnamespace
  WHERE o.amopfamily = fam AND coalesce((SELECT d.refobjid FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass
          AND d.objid = o.oid AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass LIMIT 1), 0) = cls
  UNION ALL
  SELECT 'F ' || p.amprocnum || ' ' || pg_catalog.format_type(p.amproclefttype, NULL) || ',' || pg_catalog.format_type(p.amprocrighttype, NULL),
         'FUNCTION ' || p.amprocnum || ' (' || pg_catalog.format_type(p.amproclefttype, NULL) || ', ' || pg_catalog.format_type(p.amprocrighttype, NULL) ||
         ') ' || p.amproc::pg_catalog.regprocedure::text
  FROM pg_catalog.pg_amproc p
  WHERE p.amprocfamily = fam AND coalesce((SELECT d.refobjid FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass
          AND d.objid = p.oid AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass LIMIT 1), 0) = cls
$f$;

-- "OPERATOR 1 (integer, integer)": how ALTER OPERATOR FAMILY ... DROP names the member of a key.
CREATE FUNCTION pg_temp.pgd_member_drop(k text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE WHEN pg_catalog.left(k, 1) = 'O' THEN 'OPERATOR ' ELSE 'FUNCTION ' END || pg_catalog.split_part(pg_catalog.substr(k, 3), ' ', 1) ||
         ' (' || pg_catalog.replace(pg_catalog.substr(k, 4 + pg_catalog.length(pg_catalog.split_part(pg_catalog.substr(k, 3), ' ', 1))), ',', ', ') || ')'
$f$;

CREATE FUNCTION pg_temp.pgd_live_opfamily(sch text, name text, method text) RETURNS oid LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT f.oid FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace JOIN pg_catalog.pg_am a ON a.oid = f.opfmethod
  WHERE n.nspname = sch AND f.opfname = name AND a.amname = method
$f$;
CREATE FUNCTION pg_temp.pgd_live_opclass(sch text, name text, method text) RETURNS oid LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT c.oid FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace JOIN pg_catalog.pg_am a ON a.oid = c.opcmethod
  WHERE n.nspname = sch AND c.opcname = name AND a.amname = method
$f$;

-- CREATE OPERATOR FAMILY with its own members and comment, for a live family.
CREATE FUNCTION pg_temp.pgd_opfamily_sql(fam oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE OPERATOR FAMILY ' || x.q,
           'ALTER OPERATOR FAMILY ' || x.q || ' ADD ' || (SELECT pg_catalog.string_agg(m.member, ', ' ORDER BY m.key) FROM pg_temp.pgd_opmembers(fam, 0) m),
           'COMMENT ON OPERATOR FAMILY ' || x.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(fam, 'pg_catalog.pg_opfamily'::pg_catalog.regclass)))
  FROM (SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(f.opfname) || ' USING ' || pg_catalog.quote_ident(a.amname) AS q
        FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace JOIN pg_catalog.pg_am a ON a.oid = f.opfmethod
        WHERE f.oid = fam) x
$f$;

-- CREATE OPERATOR CLASS with its comment, for a live class.
CREATE FUNCTION pg_temp.pgd_opclass_sql(cls oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE OPERATOR CLASS ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.opcname) ||
           CASE WHEN c.opcdefault THEN ' DEFAULT' ELSE '' END || ' FOR TYPE ' || pg_catalog.format_type(c.opcintype, NULL) ||
           ' USING ' || pg_catalog.quote_ident(a.amname) || ' FAMILY ' || pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.opfname) ||
           ' AS ' || pg_catalog.concat_ws(', ', (SELECT pg_catalog.string_agg(m.member, ', ' ORDER BY m.key) FROM pg_temp.pgd_opmembers(c.opcfamily, c.oid) m),
                                          CASE WHEN c.opckeytype <> 0 THEN 'STORAGE ' || pg_catalog.format_type(c.opckeytype, NULL) END),
         'COMMENT ON OPERATOR CLASS ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.opcname) || ' USING ' ||
           pg_catalog.quote_ident(a.amname) || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(c.oid, 'pg_catalog.pg_opclass'::pg_catalog.regclass)))
  FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace JOIN pg_catalog.pg_am a ON a.oid = c.opcmethod
  JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
  WHERE c.oid = cls
$f$;

CREATE FUNCTION pg_temp.pgd_opfamily(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_opfamily; fam oid; q text; m record; i integer;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_opfamily WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name) || ' USING ' || pg_catalog.quote_ident(d.method);
  fam := pg_temp.pgd_live_opfamily(d.sch, d.name, d.method);
  IF fam IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create operator family', q, 'CREATE OPERATOR FAMILY ' || q, 'DROP OPERATOR FAMILY IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    fam := pg_temp.pgd_live_opfamily(d.sch, d.name, d.method);
  END IF;
  FOR m IN SELECT l.key, l.member FROM pg_temp.pgd_opmembers(fam, 0) l WHERE NOT l.member = ANY (d.members) ORDER BY l.key LOOP
    PERFORM pg_temp.pgd_do(s, 'drop member', q, 'ALTER OPERATOR FAMILY ' || q || ' DROP ' || pg_temp.pgd_member_drop(m.key),
                           'ALTER OPERATOR FAMILY ' || q || ' ADD ' || m.member);
  END LOOP;
  FOR i IN 1 .. coalesce(pg_catalog.array_length(d.members, 1), 0) LOOP
    CONTINUE WHEN EXISTS (SELECT 1 FROM pg_temp.pgd_opmembers(fam, 0) l WHERE l.member = d.members[i]);
    PERFORM pg_temp.pgd_do(s, 'add member', q, 'ALTER OPERATOR FAMILY ' || q || ' ADD ' || d.members[i],
                           'ALTER OPERATOR FAMILY ' || q || ' DROP ' || pg_temp.pgd_member_drop(d.keys[i]));
  END LOOP;
  PERFORM pg_temp.pgd_comment(s, q, 'OPERATOR FAMILY ' || q, pg_temp.pgd_description(fam, 'pg_catalog.pg_opfamily'::pg_catalog.regclass), d.comment);
END $f$;

CREATE FUNCTION pg_temp.pgd_opclass(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_opclass; cls oid; q text; same boolean;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_opclass WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name) || ' USING ' || pg_catalog.quote_ident(d.method);
  cls := pg_temp.pgd_live_opclass(d.sch, d.name, d.method);
  SELECT pg_catalog.format_type(c.opcintype, NULL) = d.type AND c.opcdefault = d.is_default
         AND pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.opfname) = d.family
         AND CASE WHEN c.opckeytype = 0 THEN '' ELSE pg_catalog.format_type(c.opckeytype, NULL) END = d.storage
         AND ARRAY(SELECT m.member FROM pg_temp.pgd_opmembers(c.opcfamily, c.oid) m ORDER BY 1) = ARRAY(SELECT x FROM pg_catalog.unnest(d.members) x ORDER BY 1)
  INTO same FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
  WHERE c.oid = cls;
  IF cls IS NOT NULL AND NOT same THEN
    IF pg_temp.pgd_verifying() THEN PERFORM pg_temp.pgd_do(s, 'recreate operator class', q, NULL, NULL); RETURN; END IF;
    PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_opclass'::pg_catalog.regclass, cls, 0, ARRAY['pg_class']);  -- its indexes
    PERFORM pg_temp.pgd_do(s, 'drop operator class', q, 'DROP OPERATOR CLASS ' || q, pg_temp.pgd_opclass_sql(cls));
    cls := NULL;
  END IF;
  IF cls IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create operator class', q, d.def, 'DROP OPERATOR CLASS IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    cls := pg_temp.pgd_live_opclass(d.sch, d.name, d.method);
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'OPERATOR CLASS ' || q, pg_temp.pgd_description(cls, 'pg_catalog.pg_opclass'::pg_catalog.regclass), d.comment);
END $f$;
