-- Extended statistics: created when missing; one whose definition differs (as
-- pg_get_statisticsobjdef prints it, spaces aside) is created again; SET STATISTICS as desired.
CREATE TEMP TABLE pgd_statistics (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,
  def text NOT NULL,        -- CREATE STATISTICS ...
  printed text,             -- as the dump printed it, when the desired input is one
  tsch text NOT NULL, tab text NOT NULL,  -- its table
  tail text NOT NULL,       -- " (kinds) ON a, (expr)": what follows the name, up to FROM
  target integer NOT NULL DEFAULT -1, comment text) INHERITS (pg_temp.pgd_obj);

CREATE FUNCTION pg_temp.pgd_live_statistics(sch text, name text) RETURNS oid LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT s.oid FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
  WHERE n.nspname = sch AND s.stxname = name
$f$;

-- CREATE STATISTICS, its target and comment for a live statistics object.
CREATE FUNCTION pg_temp.pgd_statistics_sql(st oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', pg_catalog.pg_get_statisticsobjdef(s.oid),
           CASE WHEN s.stxstattarget >= 0 THEN 'ALTER STATISTICS ' || x.q || ' SET STATISTICS ' || s.stxstattarget END,
           'COMMENT ON STATISTICS ' || x.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(s.oid, 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass)))
  FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace,
       LATERAL (SELECT pg_temp.pgd_q(n.nspname, s.stxname) AS q) x
  WHERE s.oid = st
$f$;

-- What the server keeps of a statistics object: kinds, column names, expressions as it prints them.
CREATE FUNCTION pg_temp.pgd_statistics_shape(st oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT s.stxkind::text || '|' || coalesce((SELECT pg_catalog.string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
                                             WHERE a.attrelid = s.stxrelid AND a.attnum = ANY (s.stxkeys)), '') || '|' ||
         coalesce(pg_catalog.array_to_string(pg_catalog.pg_get_statisticsobjdef_expressions(s.oid), '|'), '')
  FROM pg_catalog.pg_statistic_ext s WHERE s.oid = st
$f$;

-- The live object has the desired shape: same text, else the desired one made on a stand-in of
-- its table in pg_temp and compared as the server keeps both.
CREATE FUNCTION pg_temp.pgd_statistics_same(d pg_temp.pgd_statistics, st oid) RETURNS boolean LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE cur text := pg_catalog.regexp_replace(pg_catalog.pg_get_statisticsobjdef(st), '\s+', '', 'g'); probe text; same boolean;
BEGIN
  IF cur = pg_catalog.regexp_replace(d.def, '\s+', '', 'g') OR cur = pg_catalog.regexp_replace(d.printed, '\s+', '', 'g') THEN RETURN true; END IF;
  IF (SELECT stxrelid FROM pg_catalog.pg_statistic_ext WHERE oid = st) IS DISTINCT FROM pg_temp.pgd_rel(d.tsch, d.tab, '{r,p,m,f}') THEN RETURN false; END IF;
  probe := pg_temp.pgd_probe_table(d.tsch, d.tab);
  PERFORM pg_temp.pgd_execute('CREATE STATISTICS pg_temp.pgd_probe_stat' || d.tail || ' FROM ' || probe);
  same := pg_temp.pgd_statistics_shape(st) = pg_temp.pgd_statistics_shape((SELECT s.oid FROM pg_catalog.pg_statistic_ext s
                                                                            WHERE s.stxname = 'pgd_probe_stat' AND s.stxnamespace = pg_catalog.pg_my_temp_schema()));
  PERFORM pg_temp.pgd_probe_done(d.tab);
  RETURN same;
END $f$;

CREATE FUNCTION pg_temp.pgd_statistics(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_statistics; st oid; q text; target integer;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_statistics WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  st := pg_temp.pgd_live_statistics(d.sch, d.name);
  IF st IS NOT NULL AND NOT pg_temp.pgd_statistics_same(d, st) THEN
    PERFORM pg_temp.pgd_do(s, 'drop statistics', q, 'DROP STATISTICS ' || q, pg_temp.pgd_statistics_sql(st));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    st := NULL;
  END IF;
  IF st IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create statistics', q, d.def, 'DROP STATISTICS IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    st := pg_temp.pgd_live_statistics(d.sch, d.name);
  END IF;
  target := (SELECT stxstattarget FROM pg_catalog.pg_statistic_ext WHERE oid = st);
  IF target <> d.target THEN
    PERFORM pg_temp.pgd_do(s, 'set statistics', q, 'ALTER STATISTICS ' || q || ' SET STATISTICS ' || d.target,
                           'ALTER STATISTICS ' || q || ' SET STATISTICS ' || target);
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'STATISTICS ' || q, pg_temp.pgd_description(st, 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass), d.comment);
END $f$;
