CREATE TEMP TABLE pgd_table (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,
  unlogged boolean NOT NULL DEFAULT false,
  partition_by text,                 -- "RANGE (created)"
  partition_of text, bound text,     -- parent (qualified) and "FOR VALUES ..." of a partition
  inherits text[],                   -- parents (qualified), in order
  of_type text,                      -- a typed table: its composite type (qualified)
  as_query text,                     -- CREATE TABLE AS
  rls boolean NOT NULL DEFAULT false, force_rls boolean NOT NULL DEFAULT false,
  replica text NOT NULL DEFAULT 'd', -- d, f, n, or "i index_name"
  comment text,
  server text,                       -- a foreign table: "SERVER s OPTIONS (...)"
  options text[] NOT NULL DEFAULT '{}',  -- storage parameters "name=value", toast.* included
  access_method text                 -- NULL = heap
) INHERITS (pg_temp.pgd_obj);

-- CREATE TABLE with the desired columns (the column rows of the same table).
CREATE FUNCTION pg_temp.pgd_create_table(d pg_temp.pgd_table) RETURNS text LANGUAGE sql STABLE AS $f$
  SELECT 'CREATE ' || CASE WHEN d.unlogged THEN 'UNLOGGED ' ELSE '' END || CASE WHEN d.server IS NOT NULL THEN 'FOREIGN ' ELSE '' END ||
    'TABLE ' || pg_temp.pgd_q(d.sch, d.name) ||
    CASE WHEN d.as_query IS NOT NULL THEN coalesce(' USING ' || pg_catalog.quote_ident(d.access_method), '') || ' AS ' || d.as_query
         WHEN d.partition_of IS NOT NULL THEN ' PARTITION OF ' || d.partition_of || ' ' || d.bound
         WHEN d.of_type IS NOT NULL THEN ' OF ' || d.of_type  -- its column rows set defaults and NOT NULL
         ELSE ' (' || coalesce((SELECT pg_catalog.string_agg(pg_temp.pgd_column_def(c), ', ' ORDER BY c.step)
                                FROM pg_temp.pgd_column c WHERE c.sch = d.sch AND c.tab = d.name), '') || ')'
              || coalesce(' INHERITS (' || pg_catalog.array_to_string(d.inherits, ', ') || ')', '') END ||
    coalesce(' PARTITION BY ' || d.partition_by, '') || CASE WHEN d.as_query IS NULL THEN coalesce(' USING ' || pg_catalog.quote_ident(d.access_method), '') ELSE '' END ||
    coalesce(' ' || d.server, '')
$f$;

-- Detaches a partition from its parent (its rows stay in it); the undo attaches it with its bound.
CREATE FUNCTION pg_temp.pgd_detach(s integer, part oid) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE parent text; q text; bound text;
BEGIN
  SELECT i.inhparent::pg_catalog.regclass::text, part::pg_catalog.regclass::text, pg_catalog.pg_get_expr(c.relpartbound, c.oid)
  INTO parent, q, bound FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhrelid = part;
  PERFORM pg_temp.pgd_do(s, 'detach partition', q, 'ALTER TABLE ' || parent || ' DETACH PARTITION ' || q,
                         'ALTER TABLE ' || parent || ' ATTACH PARTITION ' || q || ' ' || bound);
END $f$;

-- A table's parents: attached to the partitioned table it belongs to, detached from one it no
-- longer does, INHERIT added and let go.
CREATE FUNCTION pg_temp.pgd_table_parents(s integer, d pg_temp.pgd_table, rel oid, q text) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE c record; cur text; parent text; later text;
BEGIN
  SELECT * INTO c FROM pg_catalog.pg_class WHERE oid = rel;
  -- An existing table that should be a partition is attached (one attached elsewhere is left for
  -- a person: moving rows between partitions is not a schema change); a missing INHERIT added.
  IF d.partition_of IS NOT NULL THEN
    SELECT i.inhparent::pg_catalog.regclass::text INTO parent FROM pg_catalog.pg_inherits i WHERE i.inhrelid = rel AND c.relispartition;
    IF parent IS NULL THEN
      PERFORM pg_temp.pgd_do(s, 'attach partition', q, 'ALTER TABLE ' || d.partition_of || ' ATTACH PARTITION ' || q || ' ' || d.bound,
                             'ALTER TABLE ' || d.partition_of || ' DETACH PARTITION ' || q);
    ELSIF parent::pg_catalog.regclass <> d.partition_of::pg_catalog.regclass AND NOT pg_temp.pgd_verifying() THEN
      RAISE WARNING 'pgdrift: % is a partition of %, not of %: left alone', q, parent, d.partition_of;
    END IF;
  ELSIF c.relispartition THEN  -- standalone in the desired schema: detached, its rows stay in it
    PERFORM pg_temp.pgd_detach(s, rel);
  END IF;
  -- A parent the desired schema does not name is no longer inherited (the child's rows stay).
  -- The undo inherits it again in its place: the parents after it are let go and taken back.
  FOR parent IN SELECT i.inhparent::pg_catalog.regclass::text FROM pg_catalog.pg_inherits i
                WHERE i.inhrelid = rel AND d.partition_of IS NULL  -- a partition's parent is its partition_of
                  AND NOT (SELECT x.relispartition FROM pg_catalog.pg_class x WHERE x.oid = rel)  -- as it is now
                  AND i.inhparent NOT IN (SELECT pg_catalog.to_regclass(x) FROM pg_catalog.unnest(d.inherits) x WHERE pg_catalog.to_regclass(x) IS NOT NULL)
                ORDER BY i.inhseqno LOOP
    SELECT pg_catalog.string_agg(' NO INHERIT ' || i.inhparent::pg_catalog.regclass::text || ',', '' ORDER BY i.inhseqno),
           pg_catalog.string_agg(', INHERIT ' || i.inhparent::pg_catalog.regclass::text, '' ORDER BY i.inhseqno)
      INTO cur, later
      FROM pg_catalog.pg_inherits i
     WHERE i.inhrelid = rel AND i.inhseqno > (SELECT x.inhseqno FROM pg_catalog.pg_inherits x
                                              WHERE x.inhrelid = rel AND x.inhparent = parent::pg_catalog.regclass);
    PERFORM pg_temp.pgd_do(s, 'no inherit', q, 'ALTER TABLE ' || q || ' NO INHERIT ' || parent,
                           'ALTER TABLE ' || q || coalesce(cur, '') || ' INHERIT ' || parent || coalesce(later, ''));
  END LOOP;
  FOR parent IN SELECT x FROM pg_catalog.unnest(d.inherits) x LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits WHERE inhrelid = rel AND inhparent = parent::pg_catalog.regclass) THEN
      PERFORM pg_temp.pgd_do(s, 'inherit', q, 'ALTER TABLE ' || q || ' INHERIT ' || parent, 'ALTER TABLE ' || q || ' NO INHERIT ' || parent);
    END IF;
  END LOOP;
END $f$;

-- CREATE TABLE for a live table with what belongs to it, and the rows back from `backup` (the undo
-- of a dropped table or of one made again in another kind).
CREATE FUNCTION pg_temp.pgd_table_sql(rel oid, backup text) RETURNS text LANGUAGE plpgsql STABLE SET search_path = '' AS $f$
DECLARE c record; q text; out text; cols text; parent text;
BEGIN
  SELECT * INTO c FROM pg_catalog.pg_class WHERE oid = rel;
  q := rel::pg_catalog.regclass::text;
  SELECT pg_catalog.string_agg(pg_temp.pgd_object_sql('pg_catalog.pg_class'::pg_catalog.regclass, s.objid), E';\n')
  INTO out FROM pg_catalog.pg_depend s WHERE s.refobjid = rel AND s.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND s.deptype = 'a'
    AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = s.objid) = 'S';
  SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
           || CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::pg_catalog.regcollation::text ELSE '' END
           || CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) || ') STORED'
                   WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) ELSE '' END
           || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
           || CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END,
           ', ' ORDER BY a.attnum)
  INTO cols FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped AND (a.attislocal OR NOT c.relispartition);
  SELECT i.inhparent::pg_catalog.regclass::text INTO parent FROM pg_catalog.pg_inherits i WHERE i.inhrelid = rel AND c.relispartition;
  out := pg_catalog.concat_ws(E';\n', out, 'CREATE ' || CASE c.relpersistence WHEN 'u' THEN 'UNLOGGED ' ELSE '' END ||
    CASE c.relkind WHEN 'f' THEN 'FOREIGN ' ELSE '' END || 'TABLE ' || q ||
    CASE WHEN parent IS NOT NULL THEN ' PARTITION OF ' || parent || ' ' || pg_catalog.pg_get_expr(c.relpartbound, rel)
         ELSE ' (' || coalesce(cols, '') || ')' || coalesce(' INHERITS (' || (SELECT pg_catalog.string_agg(i.inhparent::pg_catalog.regclass::text, ', ' ORDER BY i.inhseqno)
                                                              FROM pg_catalog.pg_inherits i WHERE i.inhrelid = rel) || ')', '') END ||
    coalesce(' PARTITION BY ' || pg_catalog.pg_get_partkeydef(rel), '') ||
    coalesce((SELECT ' USING ' || pg_catalog.quote_ident(a.amname) FROM pg_catalog.pg_am a WHERE a.oid = c.relam AND c.relkind = 'r' AND a.amname <> 'heap'), '') ||
    coalesce((SELECT ' SERVER ' || pg_catalog.quote_ident(s.srvname) || coalesce(pg_temp.pgd_options_sql(ft.ftoptions), '')
              FROM pg_catalog.pg_foreign_table ft JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver WHERE ft.ftrelid = rel), ''));
  IF backup IS NOT NULL THEN
    SELECT pg_catalog.format('INSERT INTO %s %sSELECT %s FROM %s', q,  -- a table without columns keeps its row count
             '(' || pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum) || ') OVERRIDING SYSTEM VALUE ',
             pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || '::' || pg_catalog.format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum), backup)
    INTO cols FROM pg_catalog.pg_attribute a WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '';
    out := out || E';\n' || cols;
    SELECT pg_catalog.string_agg(pg_catalog.format('SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(%L, %L), %s, %s)', q, a.attname,
             coalesce(pg_catalog.pg_sequence_last_value(x.seq), ps.seqstart), (pg_catalog.pg_sequence_last_value(x.seq) IS NOT NULL)::text), E';\n')
    INTO cols FROM pg_catalog.pg_attribute a, LATERAL (SELECT pg_catalog.pg_get_serial_sequence(q, a.attname)::pg_catalog.regclass AS seq) x
    JOIN pg_catalog.pg_sequence ps ON ps.seqrelid = x.seq
    WHERE a.attrelid = rel AND a.attidentity <> '';
    out := pg_catalog.concat_ws(E';\n', out, cols);
  END IF;
  SELECT pg_catalog.concat_ws(E';\n', out,
    (SELECT pg_catalog.string_agg(pg_temp.pgd_object_sql('pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid), E';\n' ORDER BY k.contype <> 'p', k.conname)
     FROM pg_catalog.pg_constraint k WHERE k.conrelid = rel AND k.conislocal AND k.contype NOT IN ('n', 't')),  -- constraint triggers come with the triggers
    (SELECT pg_catalog.string_agg(pg_temp.pgd_object_sql('pg_catalog.pg_class'::pg_catalog.regclass, i.indexrelid), E';\n' ORDER BY i.indexrelid)
     FROM pg_catalog.pg_index i WHERE i.indrelid = rel AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = rel)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = i.indexrelid)),
    (SELECT pg_catalog.string_agg(pg_temp.pgd_object_sql('pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid), E';\n' ORDER BY t.tgname)
     FROM pg_catalog.pg_trigger t WHERE t.tgrelid = rel AND NOT t.tgisinternal),
    (SELECT pg_catalog.string_agg(pg_temp.pgd_object_sql('pg_catalog.pg_rewrite'::pg_catalog.regclass, x.oid), E';\n' ORDER BY x.rulename)
     FROM pg_catalog.pg_rewrite x WHERE x.ev_class = rel),
    (SELECT pg_catalog.string_agg(pg_temp.pgd_object_sql('pg_catalog.pg_policy'::pg_catalog.regclass, p.oid), E';\n' ORDER BY p.polname)
     FROM pg_catalog.pg_policy p WHERE p.polrelid = rel),
    CASE WHEN c.reloftype <> 0 THEN 'ALTER TABLE ' || q || ' OF ' || c.reloftype::pg_catalog.regtype::text END,
    CASE WHEN c.relrowsecurity THEN 'ALTER TABLE ' || q || ' ENABLE ROW LEVEL SECURITY' END,
    CASE WHEN c.relforcerowsecurity THEN 'ALTER TABLE ' || q || ' FORCE ROW LEVEL SECURITY' END,
    CASE WHEN c.relkind = 'f' THEN NULL ELSE CASE c.relreplident WHEN 'f' THEN 'ALTER TABLE ' || q || ' REPLICA IDENTITY FULL' WHEN 'n' THEN 'ALTER TABLE ' || q || ' REPLICA IDENTITY NOTHING'
      WHEN 'i' THEN (SELECT 'ALTER TABLE ' || q || ' REPLICA IDENTITY USING INDEX ' || pg_catalog.quote_ident(ic.relname)
                     FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = rel AND i.indisreplident) END END,
    'COMMENT ON ' || CASE c.relkind WHEN 'f' THEN 'FOREIGN TABLE ' ELSE 'TABLE ' END || q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(rel, 'pg_catalog.pg_class'::pg_catalog.regclass)),
    (SELECT pg_catalog.string_agg(pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L', q, a.attname, pg_catalog.col_description(rel, a.attnum)), E';\n')
     FROM pg_catalog.pg_attribute a WHERE a.attrelid = rel AND a.attnum > 0 AND pg_catalog.col_description(rel, a.attnum) IS NOT NULL),
    pg_temp.pgd_acl_sql('TABLE', q, c.relacl, c.relowner),
    (SELECT pg_catalog.string_agg(pg_catalog.format('GRANT %s (%I) ON TABLE %s TO %s%s', x.privilege_type, a.attname, q,
              CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(x.grantee)) END,
              CASE WHEN x.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END), E';\n' ORDER BY a.attnum, x.grantee, x.privilege_type)
     FROM pg_catalog.pg_attribute a, pg_catalog.aclexplode(a.attacl) x WHERE a.attrelid = rel AND a.attnum > 0 AND a.attacl IS NOT NULL),
    (SELECT pg_catalog.string_agg(pg_catalog.format('ALTER SEQUENCE %s OWNED BY %s.%I', s.objid::pg_catalog.regclass, q, a.attname), E';\n')
     FROM pg_catalog.pg_depend s JOIN pg_catalog.pg_attribute a ON a.attrelid = rel AND a.attnum = s.refobjsubid
     WHERE s.refobjid = rel AND s.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND s.deptype = 'a'
       AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = s.objid) = 'S'))
  INTO out;
  RETURN out;
END $f$;

-- Regular and partitioned are different kinds of table: one becomes the other by being made
-- again, which only a table without rows of its own is: its partitions are detached first (they
-- stay, rows and all) and what depends on it is set aside and created again at the end of the
-- run. One that holds rows (moving them is not a schema change), has a parent or inheriting
-- children, owns a sequence or whose row type something uses is left alone, with a warning.
-- Returns the table as it is now.
CREATE FUNCTION pg_temp.pgd_table_replace(s integer, d pg_temp.pgd_table, rel oid, q text) RETURNS oid LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE c record; p record; has_rows boolean; why text; rls text;
BEGIN
  SELECT * INTO c FROM pg_catalog.pg_class WHERE oid = rel;
  IF d.as_query IS NOT NULL OR d.server IS NOT NULL OR c.relkind NOT IN ('r', 'p') OR (c.relkind = 'p') = (d.partition_by IS NOT NULL) THEN
    RETURN rel;
  END IF;
  -- Writers wait from here to the end of the run: no row can arrive between the look and the drop.
  -- With row_security off, rows that row-level security would hide from this role raise an error
  -- instead of passing unseen: such a table is kept.
  IF NOT pg_temp.pgd_verifying() THEN EXECUTE 'LOCK TABLE ONLY ' || q || ' IN SHARE MODE'; END IF;
  rls := pg_catalog.current_setting('row_security');
  BEGIN
    PERFORM pg_catalog.set_config('row_security', 'off', true);
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM ONLY ' || q || ')' INTO has_rows;
    PERFORM pg_catalog.set_config('row_security', rls, true);
  EXCEPTION WHEN insufficient_privilege THEN  -- (the block's end puts row_security back)
    has_rows := NULL;
  END;
  why := CASE
    WHEN has_rows IS NULL THEN 'row-level security hides rows from this role'
    WHEN has_rows THEN 'it holds rows: converting it moves every row'
    WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = rel) THEN 'it has a parent'
    WHEN c.relkind = 'r' AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = rel) THEN 'tables inherit from it'
    WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.refobjid = rel
                   AND x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.deptype = 'a'
                   AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = x.objid) = 'S') THEN 'it owns a sequence'
    WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
                   AND x.refobjid = c.reltype AND x.deptype = 'n') THEN 'its row type is used' END;
  IF why IS NOT NULL THEN
    IF NOT pg_temp.pgd_verifying() THEN
      RAISE WARNING 'pgdrift: % is a % table, the desired schema''s is %: left alone (%)', q,
        CASE WHEN c.relkind = 'p' THEN 'partitioned' ELSE 'regular' END,
        CASE WHEN d.partition_by IS NOT NULL THEN 'partitioned by ' || d.partition_by ELSE 'regular' END, why;
    END IF;
    RETURN rel;
  END IF;
  IF pg_temp.pgd_verifying() THEN PERFORM pg_temp.pgd_do(s, 'replace table', q, NULL, NULL); RETURN rel; END IF;
  PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_class'::pg_catalog.regclass, rel, 0,
                                      ARRAY['pg_rewrite', 'pg_constraint', 'pg_policy', 'pg_trigger', 'pg_attrdef', 'pg_proc']);
  FOR p IN SELECT i.inhrelid AS part FROM pg_catalog.pg_inherits i WHERE i.inhparent = rel ORDER BY i.inhrelid::pg_catalog.regclass::text LOOP
    PERFORM pg_temp.pgd_detach(s, p.part);
  END LOOP;
  PERFORM pg_temp.pgd_do(s, 'replace table', q, 'DROP TABLE ' || q || E';\n' || pg_temp.pgd_create_table(d),
                         'DROP TABLE ' || q || E';\n' || pg_temp.pgd_table_sql(rel, NULL));
  IF d.partition_of IS NULL AND d.inherits IS NULL AND d.of_type IS NULL THEN  -- made with every desired column
    INSERT INTO pg_temp.pgd_created VALUES (d.sch, d.name);
  END IF;
  RETURN pg_temp.pgd_rel(d.sch, d.name, '{r,p}');
END $f$;

-- A partition whose parent was left a regular table (it holds rows: pgd_table_replace) can be
-- neither created nor attached: it is left out, with a warning (its parts' steps find no table).
CREATE FUNCTION pg_temp.pgd_parent_left_regular(d pg_temp.pgd_table, q text) RETURNS boolean LANGUAGE plpgsql SET search_path = '' AS $f$
BEGIN
  IF d.partition_of IS NULL OR pg_temp.pgd_verifying()
     OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass(d.partition_of)) IS DISTINCT FROM 'r' THEN
    RETURN false;
  END IF;
  RAISE WARNING 'pgdrift: % is left out: its parent % is a regular table here, not partitioned', q, d.partition_of;
  RETURN true;
END $f$;

CREATE FUNCTION pg_temp.pgd_table(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_table; rel oid; c record; q text; cur text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_table WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  rel := pg_temp.pgd_rel(d.sch, d.name, '{r,p,f}');
  IF pg_temp.pgd_parent_left_regular(d, q) THEN RETURN; END IF;
  IF rel IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create table', q, pg_temp.pgd_create_table(d),
                           'DROP ' || CASE WHEN d.server IS NOT NULL THEN 'FOREIGN ' ELSE '' END || 'TABLE IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    IF d.partition_of IS NULL AND d.inherits IS NULL AND d.of_type IS NULL THEN  -- children merge their parents' columns
      INSERT INTO pg_temp.pgd_created VALUES (d.sch, d.name);
    END IF;
    rel := pg_temp.pgd_rel(d.sch, d.name, '{r,p,f}');
  END IF;
  rel := pg_temp.pgd_table_replace(s, d, rel, q);
  SELECT * INTO c FROM pg_catalog.pg_class WHERE oid = rel;
  PERFORM pg_temp.pgd_table_parents(s, d, rel, q);
  -- typed or not, or of another type (ALTER TABLE ... OF needs the columns to match the type's)
  IF d.as_query IS NULL AND d.server IS NULL AND c.reloftype IS DISTINCT FROM coalesce(pg_catalog.to_regtype(d.of_type), 0) THEN
    IF c.reloftype <> 0 THEN
      PERFORM pg_temp.pgd_do(s, 'not of type', q, 'ALTER TABLE ' || q || ' NOT OF', 'ALTER TABLE ' || q || ' OF ' || c.reloftype::pg_catalog.regtype::text);
    END IF;
    IF d.of_type IS NOT NULL THEN  -- the type's attributes the table lacks come first (OF needs every one, in order)
      FOR cur IN SELECT pg_catalog.format('%I %s', a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod))
                 FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.typrelid = a.attrelid
                 WHERE ty.oid = pg_catalog.to_regtype(d.of_type) AND a.attnum > 0 AND NOT a.attisdropped
                   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute x WHERE x.attrelid = rel AND x.attname = a.attname AND NOT x.attisdropped)
                 ORDER BY a.attnum LOOP
        PERFORM pg_temp.pgd_do(s, 'add column', q, 'ALTER TABLE ' || q || ' ADD COLUMN ' || cur,
                               'ALTER TABLE ' || q || ' DROP COLUMN ' || pg_catalog.split_part(cur, ' ', 1));
      END LOOP;
      PERFORM pg_temp.pgd_do(s, 'of type', q, 'ALTER TABLE ' || q || ' OF ' || d.of_type, 'ALTER TABLE ' || q || ' NOT OF');
    END IF;
  END IF;
  IF c.relkind = 'r'
     AND (SELECT amname FROM pg_catalog.pg_am WHERE oid = c.relam) IS DISTINCT FROM coalesce(d.access_method, 'heap') THEN
    PERFORM pg_temp.pgd_do(s, 'set access method', q, 'ALTER TABLE ' || q || ' SET ACCESS METHOD ' || pg_catalog.quote_ident(coalesce(d.access_method, 'heap')),
      'ALTER TABLE ' || q || ' SET ACCESS METHOD ' || pg_catalog.quote_ident((SELECT amname FROM pg_catalog.pg_am WHERE oid = c.relam)));
  END IF;
  IF c.relpersistence <> (CASE WHEN d.unlogged THEN 'u' ELSE 'p' END) THEN
    PERFORM pg_temp.pgd_do(s, CASE WHEN d.unlogged THEN 'set unlogged' ELSE 'set logged' END, q,
      'ALTER TABLE ' || q || CASE WHEN d.unlogged THEN ' SET UNLOGGED' ELSE ' SET LOGGED' END,
      'ALTER TABLE ' || q || CASE WHEN d.unlogged THEN ' SET LOGGED' ELSE ' SET UNLOGGED' END);
  END IF;
  IF c.relrowsecurity <> d.rls OR c.relforcerowsecurity <> d.force_rls THEN
    PERFORM pg_temp.pgd_do(s, 'set row level security', q,
      'ALTER TABLE ' || q || CASE WHEN d.rls THEN ' ENABLE' ELSE ' DISABLE' END || ' ROW LEVEL SECURITY, ' ||
        CASE WHEN d.force_rls THEN 'FORCE' ELSE 'NO FORCE' END || ' ROW LEVEL SECURITY',
      'ALTER TABLE ' || q || CASE WHEN c.relrowsecurity THEN ' ENABLE' ELSE ' DISABLE' END || ' ROW LEVEL SECURITY, ' ||
        CASE WHEN c.relforcerowsecurity THEN 'FORCE' ELSE 'NO FORCE' END || ' ROW LEVEL SECURITY');
  END IF;
  IF d.server IS NULL AND d.as_query IS NULL THEN
    PERFORM pg_temp.pgd_reloptions(s, 'storage parameters', q, 'ALTER TABLE ' || q, pg_temp.pgd_table_options(rel), d.options);
  END IF;
  PERFORM pg_temp.pgd_replica_identity(s, d.sch, d.name, d.replica);
  PERFORM pg_temp.pgd_comment(s, q, CASE WHEN d.server IS NOT NULL THEN 'FOREIGN TABLE ' ELSE 'TABLE ' END || q, pg_temp.pgd_description(rel, 'pg_catalog.pg_class'::pg_catalog.regclass), d.comment);
END $f$;

-- REPLICA IDENTITY; USING INDEX needs the index: the table's step sets it when the index is
-- there already, the index's step after creating it.
CREATE FUNCTION pg_temp.pgd_replica_identity(s integer, sch text, tab text, want text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE rel oid := pg_temp.pgd_rel(sch, tab, '{r,p,f}'); cur text; q text := pg_temp.pgd_q(sch, tab);
BEGIN
  IF rel IS NULL THEN RETURN; END IF;
  SELECT c.relreplident::text || CASE WHEN c.relreplident = 'i' THEN ' ' || coalesce((SELECT ic.relname FROM pg_catalog.pg_index i
           JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = c.oid AND i.indisreplident), '') ELSE '' END
  INTO cur FROM pg_catalog.pg_class c WHERE c.oid = rel;
  IF cur = want OR (want LIKE 'i %' AND pg_temp.pgd_rel(sch, pg_catalog.substr(want, 3), '{i,I}') IS NULL) THEN RETURN; END IF;
  PERFORM pg_temp.pgd_do(s, 'set replica identity', q, 'ALTER TABLE ' || q || ' REPLICA IDENTITY ' ||
      CASE pg_catalog.left(want, 1) WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING' WHEN 'i' THEN 'USING INDEX ' || pg_catalog.quote_ident(pg_catalog.substr(want, 3)) ELSE 'DEFAULT' END,
    'ALTER TABLE ' || q || ' REPLICA IDENTITY ' ||
      CASE pg_catalog.left(cur, 1) WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING' WHEN 'i' THEN 'USING INDEX ' || pg_catalog.quote_ident(pg_catalog.substr(cur, 3)) ELSE 'DEFAULT' END);
END $f$;

-- Storage parameters (or column options) of `target` ("ALTER TABLE q", "ALTER TABLE q ALTER
-- COLUMN c") from `cur` to `want`, both "name=value" arrays (values compared lower-cased): one
-- SET for what is missing or different, one RESET for what is not wanted, each with its undo.
CREATE FUNCTION pg_temp.pgd_reloptions(s integer, what text, id text, target text, cur text[], want text[]) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE sets text; undo_sets text; resets text; undo_resets text;
BEGIN
  WITH c AS (SELECT pg_catalog.split_part(o, '=', 1) AS name, pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1) AS value FROM pg_catalog.unnest(cur) o),
       w AS (SELECT pg_catalog.split_part(o, '=', 1) AS name, pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1) AS value FROM pg_catalog.unnest(want) o)
  SELECT pg_catalog.string_agg(w.name || '=' || pg_catalog.quote_literal(w.value), ', ' ORDER BY w.name)
           FILTER (WHERE c.name IS NULL OR pg_catalog.lower(c.value) <> pg_catalog.lower(w.value)),
         pg_catalog.string_agg(c.name || '=' || pg_catalog.quote_literal(c.value), ', ' ORDER BY c.name)
           FILTER (WHERE w.name IS NOT NULL AND c.name IS NOT NULL AND pg_catalog.lower(c.value) <> pg_catalog.lower(w.value)),
         pg_catalog.string_agg(w.name, ', ' ORDER BY w.name) FILTER (WHERE c.name IS NULL),
         pg_catalog.string_agg(c.name, ', ' ORDER BY c.name) FILTER (WHERE w.name IS NULL)
  INTO sets, undo_sets, undo_resets, resets
  FROM c FULL JOIN w ON w.name = c.name;
  IF sets IS NOT NULL THEN
    PERFORM pg_temp.pgd_do(s, 'set ' || what, id, target || ' SET (' || sets || ')',
                           pg_catalog.concat_ws(E';\n', target || ' SET (' || undo_sets || ')', target || ' RESET (' || undo_resets || ')'));
  END IF;
  IF resets IS NOT NULL THEN
    PERFORM pg_temp.pgd_do(s, 'reset ' || what, id, target || ' RESET (' || resets || ')',
      target || ' SET (' || (SELECT pg_catalog.string_agg(pg_catalog.split_part(o, '=', 1) || '=' || pg_catalog.quote_literal(pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1)), ', ')
                             FROM pg_catalog.unnest(cur) o WHERE pg_catalog.split_part(o, '=', 1) = ANY (pg_catalog.string_to_array(resets, ', '))) || ')');
  END IF;
END $f$;
-- A table's storage parameters with its TOAST table's as "toast.name=value".
CREATE FUNCTION pg_temp.pgd_table_options(rel oid) RETURNS text[] LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT coalesce(c.reloptions, '{}') || coalesce((SELECT pg_catalog.array_agg('toast.' || o) FROM pg_catalog.pg_class t, pg_catalog.unnest(t.reloptions) o
                                                   WHERE t.oid = c.reltoastrelid), '{}')
  FROM pg_catalog.pg_class c WHERE c.oid = rel
$f$;
