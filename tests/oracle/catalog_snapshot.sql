-- A deterministic text snapshot of a database's schema, read from pg_catalog, for comparing two
-- databases: one line per object, "kind<TAB>key<TAB>attribute=value<TAB>...", sorted (C order).
-- Column order and OIDs are ignored; names are schema-qualified (search_path is empty).
-- Left out: schemas pg_catalog, information_schema, pg_toast*, pg_temp*, pgdrift, pgdrift_backup,
-- the schemas in the psql variable "exclude" (a text[] literal such as '{auth,storage}'), and
-- objects that belong to an extension.
--
--   psql -X -q -At -v ON_ERROR_STOP=1 -v exclude='{auth}' -d DB -f catalog_snapshot.sql
-- (tests/lib.sh: snapshot DB OUT [POLICY_FILE])
SET search_path = '';

WITH ns AS (
  SELECT n.oid, n.nspname
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgdrift', 'pgdrift_backup')
    AND n.nspname NOT LIKE 'pg\_toast%'
    AND n.nspname NOT LIKE 'pg\_temp\_%'
    AND n.nspname <> ALL (:'exclude'::text[])
),
-- relations of the schemas in scope that are not part of an extension
rel AS (
  SELECT c.oid, c.relname, c.relkind, c.relpersistence,
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS qname
  FROM pg_catalog.pg_class c
  JOIN ns ON ns.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND d.objid = c.oid AND d.deptype = 'e')
),
tbl AS (
  SELECT * FROM rel WHERE relkind IN ('r', 'p')
),
schemas AS (
  SELECT 'schema' AS kind, pg_catalog.quote_ident(ns.nspname) AS key,
         'comment=' || coalesce(pg_catalog.obj_description(ns.oid, 'pg_namespace'), '') AS attrs
  FROM ns
),
extensions AS (
  SELECT 'extension', pg_catalog.quote_ident(e.extname),
         'schema=' || pg_catalog.quote_ident(ns.nspname)
  FROM pg_catalog.pg_extension e
  JOIN ns ON ns.oid = e.extnamespace
),
enums AS (
  SELECT 'enum',
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(t.typname),
         'labels=' || coalesce(string_agg(pg_catalog.quote_literal(e.enumlabel), ','
                                          ORDER BY e.enumsortorder), '')
         || E'\tcomment=' || coalesce(pg_catalog.obj_description(t.oid, 'pg_type'), '')
  FROM pg_catalog.pg_type t
  JOIN ns ON ns.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
  WHERE t.typtype = 'e'
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND d.objid = t.oid AND d.deptype = 'e')
  GROUP BY ns.nspname, t.typname, t.oid
),
-- the column a sequence belongs to: OWNED BY (deptype a) or identity (deptype i)
seq_owner AS (
  SELECT d.objid AS seqid, d.deptype,
         pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.relname) || '.'
           || pg_catalog.quote_ident(a.attname) AS owner
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
  JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
  JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.deptype IN ('a', 'i')
),
sequences AS (
  SELECT 'sequence', rel.qname,
         concat_ws(E'\t',
           'type=' || pg_catalog.format_type(s.seqtypid, NULL),
           'start=' || s.seqstart, 'increment=' || s.seqincrement,
           'min=' || s.seqmin, 'max=' || s.seqmax, 'cache=' || s.seqcache,
           'cycle=' || s.seqcycle,
           'owned_by=' || coalesce(o.owner, ''),
           'identity=' || (o.deptype IS NOT DISTINCT FROM 'i'),
           'comment=' || coalesce(pg_catalog.obj_description(rel.oid, 'pg_class'), ''))
  FROM pg_catalog.pg_sequence s
  JOIN rel ON rel.oid = s.seqrelid
  LEFT JOIN seq_owner o ON o.seqid = s.seqrelid
),
tables AS (
  SELECT 'table', tbl.qname,
         concat_ws(E'\t',
           'partitioned=' || (tbl.relkind = 'p'),
           'unlogged=' || (tbl.relpersistence = 'u'),
           'comment=' || coalesce(pg_catalog.obj_description(tbl.oid, 'pg_class'), ''))
  FROM tbl
),
columns AS (
  SELECT 'column', tbl.qname || '.' || pg_catalog.quote_ident(a.attname),
         concat_ws(E'\t',
           'type=' || pg_catalog.format_type(a.atttypid, a.atttypmod),
           'not_null=' || a.attnotnull,
           'default=' || CASE WHEN a.attgenerated = '' THEN
                           coalesce(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END,
           'generated=' || CASE WHEN a.attgenerated <> '' THEN
                             coalesce(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END,
           'identity=' || a.attidentity::text,
           'collation=' || CASE WHEN a.attcollation <> ty.typcollation THEN
                             pg_catalog.quote_ident(cn.nspname) || '.'
                               || pg_catalog.quote_ident(co.collname) ELSE '' END,
           'comment=' || coalesce(pg_catalog.col_description(a.attrelid, a.attnum), ''))
  FROM tbl
  JOIN pg_catalog.pg_attribute a ON a.attrelid = tbl.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
),
constraints AS (
  SELECT 'constraint', tbl.qname || '.' || pg_catalog.quote_ident(con.conname),
         concat_ws(E'\t',
           'def=' || pg_catalog.pg_get_constraintdef(con.oid),
           'validated=' || con.convalidated,
           'comment=' || coalesce(pg_catalog.obj_description(con.oid, 'pg_constraint'), ''))
  FROM pg_catalog.pg_constraint con
  JOIN tbl ON tbl.oid = con.conrelid
),
indexes AS (
  SELECT 'index', ix.qname,
         concat_ws(E'\t',
           'def=' || pg_catalog.pg_get_indexdef(ix.oid),
           'comment=' || coalesce(pg_catalog.obj_description(ix.oid, 'pg_class'), ''))
  FROM rel ix
  JOIN pg_catalog.pg_index i ON i.indexrelid = ix.oid
  WHERE ix.relkind IN ('i', 'I')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                    WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                      AND con.contype IN ('p', 'u', 'x'))
),
lines AS (
  SELECT * FROM schemas
  UNION ALL SELECT * FROM extensions
  UNION ALL SELECT * FROM enums
  UNION ALL SELECT * FROM sequences
  UNION ALL SELECT * FROM tables
  UNION ALL SELECT * FROM columns
  UNION ALL SELECT * FROM constraints
  UNION ALL SELECT * FROM indexes
)
-- one object per line: newlines and carriage returns inside values are shown as \n and \r
SELECT line
FROM (SELECT pg_catalog.replace(pg_catalog.replace(kind || E'\t' || key || E'\t' || attrs,
                                                   E'\n', '\n'), E'\r', '\r') AS line
      FROM lines) AS l
ORDER BY line COLLATE "C";
