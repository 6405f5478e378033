CREATE TEMP TABLE pgd_column (PRIMARY KEY (step), sch text NOT NULL, tab text NOT NULL, name text NOT NULL,
  type text NOT NULL,            -- as format_type prints it (pgdrift's prediction)
  type_printed text,             -- as the dump printed it, when the column was in sync there
  coll text NOT NULL DEFAULT '', not_null boolean NOT NULL DEFAULT false,
  default_sql text, default_printed text,        -- the default to run; as the dump printed it
  identity "char" NOT NULL DEFAULT '', identity_options text,  -- a/d; "SEQUENCE NAME s START WITH ..."
  generated_sql text, generated_printed text, comment text,
  replace boolean NOT NULL DEFAULT false,  -- its data may be backed up and replaced (--allow-drop column)
  statistics integer NOT NULL DEFAULT -1, storage "char",  -- SET STATISTICS; SET STORAGE (NULL: the type's)
  compression text NOT NULL DEFAULT '', options text[] NOT NULL DEFAULT '{}',  -- pglz, lz4; SET (n_distinct=...)
  in_sync boolean NOT NULL DEFAULT false   -- set by pgd_columns_in_sync: nothing to compare one by one
) INHERITS (pg_temp.pgd_obj);
CREATE INDEX ON pg_temp.pgd_column (sch, tab);
-- The policy's `using t.col as (expression);`: the conversion a type change of that column runs.
CREATE TEMP TABLE pgd_using (sch text, tab text, name text, expr text NOT NULL, PRIMARY KEY (sch, tab, name));

-- One query for every column: those the live catalog has exactly as the dump printed them (type,
-- collation, NOT NULL, identity, default or generation expression, comment) are marked in sync and
-- their steps do nothing more; the others are compared one by one. Runs when phase 2 starts: the
-- steps before a column's own change nothing it compares (a default a replaced function took
-- along comes back at the end of the run).
CREATE FUNCTION pg_temp.pgd_columns_in_sync() RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
BEGIN
  ANALYZE pg_temp.pgd_column;  -- a temporary table has no statistics: the join needs them
  UPDATE pg_temp.pgd_column d SET in_sync = true
  FROM pg_catalog.pg_namespace n
  JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p', 'f')
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
  WHERE n.nspname = d.sch AND c.relname = d.tab AND a.attname = d.name
    AND pg_catalog.format_type(a.atttypid, a.atttypmod) IN (d.type, d.type_printed)
    AND d.coll = CASE WHEN a.attcollation = 0 OR a.attcollation = ty.typcollation THEN ''
                      ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END
    AND a.attnotnull = d.not_null AND a.attidentity = d.identity
    AND CASE WHEN d.generated_sql IS NOT NULL THEN a.attgenerated = 's' AND pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) = d.generated_printed
             WHEN d.identity <> '' THEN ad.adbin IS NULL AND pg_temp.pgd_identity_options(c.oid, a.attname) = pg_catalog.substring(d.identity_options, 'START WITH .*$')
             WHEN d.default_sql IS NULL THEN ad.adbin IS NULL AND a.attgenerated = ''
             ELSE a.attgenerated = '' AND pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) = d.default_printed END
    AND pg_catalog.col_description(c.oid, a.attnum) IS NOT DISTINCT FROM d.comment
    AND a.attstattarget = d.statistics AND a.attstorage = coalesce(d.storage, ty.typstorage)
    AND a.attcompression = pg_temp.pgd_compression_letter(d.compression)
    AND ARRAY(SELECT o FROM pg_catalog.unnest(coalesce(a.attoptions, '{}')) o ORDER BY o) = ARRAY(SELECT o FROM pg_catalog.unnest(d.options) o ORDER BY o);
END $f$;

CREATE FUNCTION pg_temp.pgd_compression_letter(method text) RETURNS "char" LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE method WHEN 'pglz' THEN 'p' WHEN 'lz4' THEN 'l' ELSE '' END::"char"
$f$;

-- The planner's and storage settings of a column: statistics target, options, storage, compression.
CREATE FUNCTION pg_temp.pgd_column_settings(s integer, d pg_temp.pgd_column, rel oid, id text, alter_col text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE a pg_catalog.pg_attribute; want "char";
BEGIN
  SELECT * INTO a FROM pg_catalog.pg_attribute WHERE attrelid = rel AND attname = d.name;
  IF a.attstattarget <> d.statistics THEN
    PERFORM pg_temp.pgd_do(s, 'set statistics', id, alter_col || ' SET STATISTICS ' || d.statistics, alter_col || ' SET STATISTICS ' || a.attstattarget);
  END IF;
  PERFORM pg_temp.pgd_reloptions(s, 'column options', id, alter_col, coalesce(a.attoptions, '{}'), d.options);
  want := coalesce(d.storage, (SELECT typstorage FROM pg_catalog.pg_type WHERE oid = a.atttypid));
  IF a.attstorage <> want THEN
    PERFORM pg_temp.pgd_do(s, 'set storage', id, alter_col || ' SET STORAGE ' || pg_temp.pgd_storage_name(want),
                           alter_col || ' SET STORAGE ' || pg_temp.pgd_storage_name(a.attstorage));
  END IF;
  IF a.attcompression <> pg_temp.pgd_compression_letter(d.compression) THEN
    PERFORM pg_temp.pgd_do(s, 'set compression', id, alter_col || ' SET COMPRESSION ' || CASE WHEN d.compression = '' THEN 'default' ELSE d.compression END,
                           alter_col || ' SET COMPRESSION ' || CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' ELSE 'default' END);
  END IF;
END $f$;
CREATE FUNCTION pg_temp.pgd_storage_name(c "char") RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE c WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END
$f$;

-- The options of a column's identity sequence, from START WITH on (as identity_options ends).
CREATE FUNCTION pg_temp.pgd_identity_options(rel oid, col text) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.substring(pg_temp.pgd_sequence_options(pg_catalog.pg_get_serial_sequence(rel::pg_catalog.regclass::text, col)::pg_catalog.regclass),
                              'START WITH .*$')
$f$;

-- The column as in CREATE TABLE / ADD COLUMN.
CREATE FUNCTION pg_temp.pgd_column_def(c pg_temp.pgd_column) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT pg_catalog.quote_ident(c.name) || ' ' || c.type
         || CASE WHEN c.compression <> '' THEN ' COMPRESSION ' || c.compression ELSE '' END
         || CASE WHEN c.coll <> '' THEN ' COLLATE ' || c.coll ELSE '' END
         || CASE WHEN c.generated_sql IS NOT NULL THEN ' GENERATED ALWAYS AS (' || c.generated_sql || ') STORED' ELSE '' END
         || CASE WHEN c.default_sql IS NOT NULL AND c.identity = '' THEN ' DEFAULT (' || c.default_sql || ')' ELSE '' END
         || CASE WHEN c.not_null THEN ' NOT NULL' ELSE '' END
         || CASE c.identity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END
         || CASE WHEN c.identity <> '' AND c.identity_options IS NOT NULL THEN ' (' || c.identity_options || ')' ELSE '' END
$f$;

-- The live column: type, collation, NOT NULL, identity, default or generation expression.
CREATE FUNCTION pg_temp.pgd_live_column(rel oid, col text, OUT num smallint, OUT type text, OUT collation text,
    OUT not_null boolean, OUT identity "char", OUT default_expr text, OUT generated_expr text, OUT is_enum boolean)
LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT a.attnum, pg_catalog.format_type(a.atttypid, a.atttypmod),
         CASE WHEN a.attcollation = 0 OR a.attcollation = ty.typcollation THEN ''
              ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END,
         a.attnotnull, a.attidentity,
         CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END,
         CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END,
         ty.typtype = 'e' OR ty.typcategory = 'A'
  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
  WHERE a.attrelid = rel AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped
$f$;

-- Type and collation. Views, triggers and policies that use the column go first (they come
-- back later); PostgreSQL rebuilds indexes and constraints itself. Without USING, PostgreSQL
-- converts with the assignment cast, which refuses values that do not fit instead of cutting them.
CREATE FUNCTION pg_temp.pgd_column_type(s integer, d pg_temp.pgd_column, rel oid, l record) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE q text := pg_temp.pgd_q(d.sch, d.tab); alter_col text; typ text; undo text; conv text; keys text; b text;
BEGIN
  IF (l.type = d.type OR l.type = d.type_printed) AND l.collation = d.coll THEN RETURN; END IF;
  IF l.collation = d.coll AND l.type = pg_temp.pgd_printed_type(d.type) THEN RETURN; END IF;
  alter_col := 'ALTER TABLE ' || q || ' ALTER COLUMN ' || pg_catalog.quote_ident(d.name);
  typ := d.type || CASE WHEN d.coll <> '' THEN ' COLLATE ' || d.coll ELSE '' END;
  undo := alter_col || ' TYPE ' || l.type || CASE WHEN l.collation <> '' THEN ' COLLATE ' || l.collation ELSE '' END ||
          ' USING ' || pg_catalog.quote_ident(d.name) || '::' || CASE WHEN l.is_enum THEN 'text::' ELSE '' END || l.type;
  IF pg_temp.pgd_verifying() THEN
    PERFORM pg_temp.pgd_do(s, 'alter column type', q || '.' || pg_catalog.quote_ident(d.name), NULL, NULL);
    RETURN;
  END IF;
  PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_class'::pg_catalog.regclass, rel, l.num, ARRAY['pg_rewrite', 'pg_trigger', 'pg_policy']);
  IF l.default_expr IS NOT NULL THEN
    PERFORM pg_temp.pgd_do(s, 'drop default', q || '.' || pg_catalog.quote_ident(d.name), alter_col || ' DROP DEFAULT',
                           alter_col || ' SET DEFAULT ' || l.default_expr);
  END IF;
  SELECT u.expr INTO conv FROM pg_temp.pgd_using u WHERE u.sch = d.sch AND u.tab = d.tab AND u.name = d.name;
  IF conv IS NOT NULL THEN  -- the conversion the policy gives, as written
    keys := pg_temp.pgd_pkey_list(rel);
    IF keys IS NOT NULL THEN  -- the values as they were, to put back by key (no cast reverses every conversion)
      b := pg_temp.pgd_backup(d.sch || '.' || d.tab || '.' || d.name, q, keys || ', ' || pg_catalog.quote_ident(d.name) || '::text AS ' || pg_catalog.quote_ident(d.name));
      undo := pg_catalog.concat_ws(E';\n', CASE WHEN l.not_null THEN alter_col || ' DROP NOT NULL' END,
        alter_col || ' TYPE ' || l.type || CASE WHEN l.collation <> '' THEN ' COLLATE ' || l.collation ELSE '' END || ' USING NULL',
        pg_catalog.format('UPDATE %s t SET %I = b.%I::%s FROM %s b WHERE %s', q, d.name, d.name, l.type, b, pg_temp.pgd_key_match(keys)),
        CASE WHEN l.not_null THEN alter_col || ' SET NOT NULL' END);
    END IF;
    PERFORM pg_temp.pgd_do(s, 'alter column type', q || '.' || pg_catalog.quote_ident(d.name), alter_col || ' TYPE ' || typ || ' USING (' || conv || ')', undo);
    RETURN;
  END IF;
  BEGIN
    PERFORM pg_temp.pgd_do(s, 'alter column type', q || '.' || pg_catalog.quote_ident(d.name), alter_col || ' TYPE ' || typ, undo);
  EXCEPTION WHEN datatype_mismatch THEN  -- no assignment cast: convert explicitly (through text for enums and arrays)
    PERFORM pg_temp.pgd_do(s, 'alter column type', q || '.' || pg_catalog.quote_ident(d.name), alter_col || ' TYPE ' || typ ||
      ' USING ' || pg_catalog.quote_ident(d.name) || '::' || CASE WHEN l.is_enum THEN 'text::' ELSE '' END || d.type, undo);
  END;
END $f$;

CREATE FUNCTION pg_temp.pgd_column_identity(s integer, d pg_temp.pgd_column, l record) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE q text := pg_temp.pgd_q(d.sch, d.tab); alter_col text; id text; seq oid; want text; cur text;
BEGIN
  alter_col := 'ALTER TABLE ' || q || ' ALTER COLUMN ' || pg_catalog.quote_ident(d.name);
  id := q || '.' || pg_catalog.quote_ident(d.name);
  IF d.identity = '' AND l.identity <> '' THEN
    PERFORM pg_temp.pgd_do(s, 'drop identity', id, alter_col || ' DROP IDENTITY',
      alter_col || ' ADD GENERATED ' || CASE l.identity WHEN 'a' THEN 'ALWAYS' ELSE 'BY DEFAULT' END || ' AS IDENTITY');
  ELSIF d.identity <> '' AND l.identity = '' THEN
    IF l.default_expr IS NOT NULL THEN
      PERFORM pg_temp.pgd_do(s, 'drop default', id, alter_col || ' DROP DEFAULT', alter_col || ' SET DEFAULT ' || l.default_expr);
    END IF;
    IF NOT l.not_null THEN PERFORM pg_temp.pgd_do(s, 'set not null', id, alter_col || ' SET NOT NULL', alter_col || ' DROP NOT NULL'); END IF;
    -- serial -> identity: the serial's sequence often has the name the identity's wants. It goes
    -- (its counter lives on in the identity, set past the largest value below).
    seq := pg_catalog.to_regclass(pg_catalog.substring(d.identity_options, '^SEQUENCE NAME (\S+)'));
    IF seq IS NOT NULL AND NOT pg_temp.pgd_verifying() THEN
      PERFORM pg_temp.pgd_do(s, 'drop sequence', seq::pg_catalog.regclass::text, 'DROP SEQUENCE ' || seq::pg_catalog.regclass::text,
        pg_catalog.concat_ws(E';\n', pg_temp.pgd_object_sql('pg_catalog.pg_class'::pg_catalog.regclass, seq),
                             'ALTER SEQUENCE ' || seq::pg_catalog.regclass::text || ' OWNED BY ' || pg_temp.pgd_owned_by(seq)));
    END IF;
    PERFORM pg_temp.pgd_do(s, 'add identity', id, alter_col || ' ADD GENERATED ' || CASE d.identity WHEN 'a' THEN 'ALWAYS' ELSE 'BY DEFAULT' END ||
      ' AS IDENTITY' || coalesce(' (' || d.identity_options || ')', ''), alter_col || ' DROP IDENTITY');
    IF NOT pg_temp.pgd_verifying() THEN
      EXECUTE pg_catalog.format('SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(%L, %L), m) FROM (SELECT max(%I) AS m FROM %s) x WHERE m IS NOT NULL',
                                q, d.name, d.name, q);
    END IF;
  ELSIF d.identity <> '' AND l.identity <> d.identity THEN
    PERFORM pg_temp.pgd_do(s, 'set identity', id, alter_col || ' SET GENERATED ' || CASE d.identity WHEN 'a' THEN 'ALWAYS' ELSE 'BY DEFAULT' END,
      alter_col || ' SET GENERATED ' || CASE l.identity WHEN 'a' THEN 'ALWAYS' ELSE 'BY DEFAULT' END);
  END IF;
  IF d.identity <> '' AND l.identity <> '' AND d.identity_options IS NOT NULL THEN  -- START, INCREMENT, bounds ...
    seq := pg_catalog.pg_get_serial_sequence(q, d.name)::pg_catalog.regclass;
    want := pg_catalog.substring(d.identity_options, 'START WITH .*$');
    cur := pg_temp.pgd_identity_options(pg_temp.pgd_rel(d.sch, d.tab, '{r,p,f}'), d.name);
    IF seq IS NOT NULL AND cur IS DISTINCT FROM want THEN
      PERFORM pg_temp.pgd_do(s, 'alter identity', id, 'ALTER SEQUENCE ' || seq::pg_catalog.regclass::text || ' ' || want || pg_temp.pgd_restart(seq, want),
                             'ALTER SEQUENCE ' || seq::pg_catalog.regclass::text || ' ' || cur || pg_temp.pgd_restart(seq, cur));
    END IF;
  END IF;
END $f$;

-- Default and generation expression: equal when the server prints the live one as the dump
-- printed the desired one, or as it prints the desired one on a probe.
CREATE FUNCTION pg_temp.pgd_column_expressions(s integer, d pg_temp.pgd_column, l record) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE q text := pg_temp.pgd_q(d.sch, d.tab); alter_col text; id text; probe text;
BEGIN
  alter_col := 'ALTER TABLE ' || q || ' ALTER COLUMN ' || pg_catalog.quote_ident(d.name);
  id := q || '.' || pg_catalog.quote_ident(d.name);
  IF d.generated_sql IS NULL AND l.generated_expr IS NOT NULL THEN
    PERFORM pg_temp.pgd_do(s, 'drop expression', id, alter_col || ' DROP EXPRESSION',
      'ALTER TABLE ' || q || ' DROP COLUMN ' || pg_catalog.quote_ident(d.name) || ', ADD COLUMN ' || pg_catalog.quote_ident(d.name) || ' ' ||
      l.type || ' GENERATED ALWAYS AS (' || l.generated_expr || ') STORED');
  ELSIF d.generated_sql IS NOT NULL AND l.generated_expr IS NULL AND d.replace THEN
    -- PostgreSQL 15 cannot make a column generated: its data goes to a backup, the column is made again
    PERFORM pg_temp.pgd_drop_row(s, ROW(s, 2, 'column', d.sch, d.tab, d.name, NULL)::pg_temp.pgd_drop);
    PERFORM pg_temp.pgd_do(s, 'add column', id, 'ALTER TABLE ' || q || ' ADD COLUMN ' || pg_temp.pgd_column_def(d),
                           'ALTER TABLE ' || q || ' DROP COLUMN ' || pg_catalog.quote_ident(d.name));
  ELSIF d.generated_sql IS NOT NULL AND l.generated_expr IS NULL THEN
    IF NOT pg_temp.pgd_verifying() THEN
      RAISE WARNING 'pgdrift: column % holds data; making it generated would replace it: left as it is', id;
    END IF;
  ELSIF d.generated_sql IS NOT NULL AND l.generated_expr IS DISTINCT FROM d.generated_printed THEN
    probe := pg_temp.pgd_probe_table(d.sch, d.tab);
    PERFORM pg_temp.pgd_execute(pg_catalog.format('ALTER TABLE %s ADD COLUMN pgd_probe_g %s GENERATED ALWAYS AS (%s) STORED', probe, d.type, d.generated_sql));
    IF l.generated_expr IS DISTINCT FROM (SELECT pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) FROM pg_catalog.pg_attrdef ad
        JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
        WHERE ad.adrelid = probe::pg_catalog.regclass AND a.attname = 'pgd_probe_g') THEN
      PERFORM pg_temp.pgd_probe_done(d.tab);
      -- PostgreSQL 15 cannot change the expression: the column holds no data of its own, it is made again
      PERFORM pg_temp.pgd_do(s, 'replace generated column', id,
        'ALTER TABLE ' || q || ' DROP COLUMN ' || pg_catalog.quote_ident(d.name) || ', ADD COLUMN ' || pg_temp.pgd_column_def(d),
        'ALTER TABLE ' || q || ' DROP COLUMN ' || pg_catalog.quote_ident(d.name) || ', ADD COLUMN ' || pg_catalog.quote_ident(d.name) || ' ' ||
        l.type || ' GENERATED ALWAYS AS (' || l.generated_expr || ') STORED');
    ELSE
      PERFORM pg_temp.pgd_probe_done(d.tab);
    END IF;
  END IF;
  IF d.identity <> '' OR d.generated_sql IS NOT NULL THEN RETURN; END IF;
  IF d.default_sql IS NULL AND l.default_expr IS NOT NULL THEN
    PERFORM pg_temp.pgd_do(s, 'drop default', id, alter_col || ' DROP DEFAULT', alter_col || ' SET DEFAULT ' || l.default_expr);
  ELSIF d.default_sql IS NOT NULL AND (l.default_expr IS NULL OR l.default_expr IS DISTINCT FROM d.default_printed) THEN
    IF l.default_expr IS NULL OR l.default_expr IS DISTINCT FROM pg_temp.pgd_printed_default(d.type, d.default_sql) THEN
      PERFORM pg_temp.pgd_do(s, 'set default', id, alter_col || ' SET DEFAULT (' || d.default_sql || ')',
        CASE WHEN l.default_expr IS NULL THEN alter_col || ' DROP DEFAULT' ELSE alter_col || ' SET DEFAULT ' || l.default_expr END);
    END IF;
  END IF;
END $f$;

CREATE FUNCTION pg_temp.pgd_column(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_column; rel oid; l record; q text; alter_col text; id text; done integer; fresh boolean := true;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_column WHERE step = s;
  IF d.in_sync THEN RETURN; END IF;
  rel := pg_temp.pgd_rel(d.sch, d.tab, '{r,p,f}');
  IF rel IS NULL THEN RETURN; END IF;  -- verifying: the table is reported missing
  q := pg_temp.pgd_q(d.sch, d.tab);
  id := q || '.' || pg_catalog.quote_ident(d.name);
  SELECT * INTO l FROM pg_temp.pgd_live_column(rel, d.name);
  IF l.num IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'add column', id, 'ALTER TABLE ' || q || ' ADD COLUMN ' || pg_temp.pgd_column_def(d),
                           'ALTER TABLE ' || q || ' DROP COLUMN ' || pg_catalog.quote_ident(d.name));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
  ELSIF NOT EXISTS (SELECT 1 FROM pg_temp.pgd_created c WHERE c.sch = d.sch AND c.name = d.tab) THEN
    fresh := false;
    -- the live column is read again only after an action changed it
    done := (SELECT actions FROM pg_temp.pgd_state);
    PERFORM pg_temp.pgd_column_type(s, d, rel, l);
    IF (SELECT actions FROM pg_temp.pgd_state) <> done THEN
      SELECT * INTO l FROM pg_temp.pgd_live_column(rel, d.name);
      done := (SELECT actions FROM pg_temp.pgd_state);
    END IF;
    PERFORM pg_temp.pgd_column_identity(s, d, l);
    IF (SELECT actions FROM pg_temp.pgd_state) <> done THEN
      SELECT * INTO l FROM pg_temp.pgd_live_column(rel, d.name);
      done := (SELECT actions FROM pg_temp.pgd_state);
    END IF;
    PERFORM pg_temp.pgd_column_expressions(s, d, l);
    IF (SELECT actions FROM pg_temp.pgd_state) <> done THEN
      SELECT * INTO l FROM pg_temp.pgd_live_column(rel, d.name);
    END IF;
    alter_col := 'ALTER TABLE ' || q || ' ALTER COLUMN ' || pg_catalog.quote_ident(d.name);
    -- a primary key the database has (drift left alone) keeps its columns NOT NULL
    IF d.not_null AND NOT l.not_null THEN
      PERFORM pg_temp.pgd_do(s, 'set not null', id, alter_col || ' SET NOT NULL', alter_col || ' DROP NOT NULL');
    ELSIF NOT d.not_null AND l.not_null AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
        WHERE k.conrelid = rel AND k.contype = 'p' AND l.num = ANY (k.conkey)) THEN
      PERFORM pg_temp.pgd_do(s, 'drop not null', id, alter_col || ' DROP NOT NULL', alter_col || ' SET NOT NULL');
    END IF;
  END IF;
  IF l.num IS NULL THEN SELECT * INTO l FROM pg_temp.pgd_live_column(rel, d.name); END IF;  -- just added
  IF pg_temp.pgd_verifying() AND l.num IS NULL THEN RETURN; END IF;
  -- a column this run made has the defaults (its compression came with it)
  IF NOT fresh OR d.statistics <> -1 OR d.storage IS NOT NULL OR d.options <> '{}' THEN
    PERFORM pg_temp.pgd_column_settings(s, d, rel, id, 'ALTER TABLE ' || q || ' ALTER COLUMN ' || pg_catalog.quote_ident(d.name));
  END IF;
  PERFORM pg_temp.pgd_comment(s, id, 'COLUMN ' || id, pg_catalog.col_description(rel, l.num), d.comment);
END $f$;
