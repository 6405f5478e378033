CREATE TEMP TABLE pgd_index (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, tab text NOT NULL,
  is_unique boolean NOT NULL DEFAULT false, on_only boolean NOT NULL DEFAULT false,
  tail text NOT NULL,     -- from USING on: "USING btree (lower(name)) WHERE (...)"
  printed text,           -- pg_get_indexdef as the dump printed it
  comment text,
  release boolean NOT NULL DEFAULT false,  -- an early step: only drop the live one when it differs
  clustered boolean NOT NULL DEFAULT false,  -- ALTER TABLE ... CLUSTER ON it
  stats text[] NOT NULL DEFAULT '{}')      -- "column number=statistics target"
  INHERITS (pg_temp.pgd_obj);

CREATE FUNCTION pg_temp.pgd_index_sql(d pg_temp.pgd_index, name text, target text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT 'CREATE ' || CASE WHEN d.is_unique THEN 'UNIQUE ' ELSE '' END || 'INDEX ' || pg_catalog.quote_ident(name) || ' ON ' ||
         CASE WHEN d.on_only THEN 'ONLY ' ELSE '' END || target || ' ' || d.tail
$f$;

-- An index definition from USING on, with UNIQUE: the part that does not name the index or table.
CREATE FUNCTION pg_temp.pgd_index_shape(ix oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || pg_catalog.substring(pg_catalog.pg_get_indexdef(i.indexrelid), ' USING .*$')
  FROM pg_catalog.pg_index i WHERE i.indexrelid = ix
$f$;

CREATE FUNCTION pg_temp.pgd_index(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_index; ix oid; q text; probe text; same boolean; r oid;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_index WHERE step = s;
  IF pg_temp.pgd_rel(d.sch, d.tab, '{r,p,m}') IS NULL THEN RETURN; END IF;
  q := pg_temp.pgd_q(d.sch, d.name);
  ix := pg_temp.pgd_rel(d.sch, d.name, '{i,I}');
  IF ix IS NULL THEN
    IF d.release THEN RETURN; END IF;
    PERFORM pg_temp.pgd_do(s, 'create index', q, pg_temp.pgd_index_sql(d, d.name, pg_temp.pgd_q(d.sch, d.tab)), 'DROP INDEX IF EXISTS ' || q);
  ELSE
    same := pg_catalog.pg_get_indexdef(ix) IS NOT DISTINCT FROM d.printed;
    IF NOT same THEN
      probe := pg_temp.pgd_probe_table(d.sch, d.tab);
      PERFORM pg_temp.pgd_execute(pg_temp.pgd_index_sql(d, 'pgd_probe_idx', probe));
      SELECT i.indexrelid INTO r FROM pg_catalog.pg_index i WHERE i.indrelid = probe::pg_catalog.regclass;
      same := pg_temp.pgd_index_shape(ix) = pg_temp.pgd_index_shape(r);
      PERFORM pg_temp.pgd_probe_done(d.tab);
    END IF;
    IF NOT same THEN
      IF NOT pg_temp.pgd_verifying() THEN  -- foreign keys that use it go first; they come back
        PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_class'::pg_catalog.regclass, ix, 0, ARRAY['pg_constraint']);
      END IF;
      PERFORM pg_temp.pgd_do(s, 'drop index', q, 'DROP INDEX ' || q, pg_catalog.pg_get_indexdef(ix));
      IF d.release THEN RETURN; END IF;
      PERFORM pg_temp.pgd_do(s, 'create index', q, pg_temp.pgd_index_sql(d, d.name, pg_temp.pgd_q(d.sch, d.tab)), 'DROP INDEX IF EXISTS ' || q);
    END IF;
  END IF;
  IF d.release THEN RETURN; END IF;
  IF pg_temp.pgd_verifying() THEN RETURN; END IF;
  ix := pg_temp.pgd_rel(d.sch, d.name, '{i,I}');
  PERFORM pg_temp.pgd_clustered(s, pg_temp.pgd_q(d.sch, d.tab), d.name, ix, d.clustered);
  PERFORM pg_temp.pgd_do(s, 'set statistics', q, 'ALTER INDEX ' || q || ' ALTER COLUMN ' || a.attnum || ' SET STATISTICS ' || coalesce(w.target, -1),
                         'ALTER INDEX ' || q || ' ALTER COLUMN ' || a.attnum || ' SET STATISTICS ' || a.attstattarget)
  FROM pg_catalog.pg_attribute a
  LEFT JOIN (SELECT pg_catalog.split_part(x, '=', 1)::integer AS num, pg_catalog.split_part(x, '=', 2)::integer AS target
             FROM pg_catalog.unnest(d.stats) x) w ON w.num = a.attnum
  WHERE a.attrelid = ix AND a.attnum > 0 AND a.attstattarget <> coalesce(w.target, -1);
  PERFORM pg_temp.pgd_comment(s, q, 'INDEX ' || q, pg_temp.pgd_description(ix, 'pg_catalog.pg_class'::pg_catalog.regclass), d.comment);
  PERFORM pg_temp.pgd_replica_identity(s, t.sch, t.name, t.replica) FROM pg_temp.pgd_table t
  WHERE t.sch = d.sch AND t.name = d.tab AND t.replica = 'i ' || d.name;
END $f$;

-- CLUSTER ON an index (a table's or its constraint's) or SET WITHOUT CLUSTER when the desired
-- one is not the clustered one any more.
CREATE FUNCTION pg_temp.pgd_clustered(s integer, tab text, name text, ix oid, want boolean) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE cur boolean := (SELECT indisclustered FROM pg_catalog.pg_index WHERE indexrelid = ix);
BEGIN
  IF ix IS NULL OR cur = want THEN RETURN; END IF;
  IF want THEN
    PERFORM pg_temp.pgd_do(s, 'cluster on', tab, 'ALTER TABLE ' || tab || ' CLUSTER ON ' || pg_catalog.quote_ident(name),
                           'ALTER TABLE ' || tab || ' SET WITHOUT CLUSTER');
  ELSE
    PERFORM pg_temp.pgd_do(s, 'set without cluster', tab, 'ALTER TABLE ' || tab || ' SET WITHOUT CLUSTER',
                           'ALTER TABLE ' || tab || ' CLUSTER ON ' || pg_catalog.quote_ident(name));
  END IF;
END $f$;
