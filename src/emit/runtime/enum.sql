CREATE TEMP TABLE pgd_enum (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, labels text[] NOT NULL,
  renamed_from text[],  -- label, the label it was, ... (renamed by the migrations or annotated)
  recreate boolean NOT NULL DEFAULT false,  -- labels may be removed (--allow-drop type)
  comment text)
  INHERITS (pg_temp.pgd_obj);
ALTER TABLE pg_temp.pgd_enum ALTER COLUMN phase SET DEFAULT 1;
-- A missing label goes next to its neighbour in the desired order. PostgreSQL cannot remove or
-- reorder labels: another order, or labels to remove when that is allowed, make the type again.
-- Whether the live labels need the type made again: some label the desired type lacks, or the
-- labels both have in another order.
CREATE FUNCTION pg_temp.pgd_enum_needs_recreate(live text[], wanted text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $f$
  SELECT NOT live <@ wanted
      OR ARRAY(SELECT x FROM pg_catalog.unnest(live) WITH ORDINALITY u(x, o) WHERE x = ANY (wanted) ORDER BY o)
         IS DISTINCT FROM ARRAY(SELECT x FROM pg_catalog.unnest(wanted) WITH ORDINALITY u(x, o) WHERE x = ANY (live) ORDER BY o)
$f$;

-- The type made again: a new type with the desired labels takes the columns of the old one (and
-- of its arrays), converted through text; a row holding a label the desired type drops stops the
-- run, so no value is lost. What else uses the old type (views, defaults, checks, index
-- predicates, routines, policies, triggers) goes first and comes back at the end of the run; the
-- old type is dropped and the new one takes its name, owner, privileges. Domains, ranges and
-- composite types over it stop the run: pgdrift cannot carry them over.
CREATE FUNCTION pg_temp.pgd_enum_recreate(s integer, d pg_temp.pgd_enum, t oid, live text[]) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE q text := pg_temp.pgd_q(d.sch, d.name); tmp_name text := 'pgdrift_new_' || t; tmp text; ty record; c record;
        gone text[]; n bigint; labels_sql text; alter_col text; suffix text; defaults text[] := '{}'; i integer;
        kinds text[] := ARRAY['pg_rewrite', 'pg_trigger', 'pg_policy', 'pg_proc', 'pg_constraint', 'pg_attrdef', 'pg_class'];
BEGIN
  tmp := pg_temp.pgd_q(d.sch, tmp_name);
  IF pg_temp.pgd_verifying() THEN PERFORM pg_temp.pgd_do(s, 'recreate type', q, NULL, NULL); RETURN; END IF;
  SELECT * INTO ty FROM pg_catalog.pg_type WHERE oid = t;
  gone := ARRAY(SELECT x FROM pg_catalog.unnest(live) x WHERE NOT x = ANY (d.labels));
  FOR c IN SELECT dep.classid, dep.objid FROM pg_catalog.pg_depend dep
           WHERE dep.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass AND dep.refobjid IN (t, ty.typarray) AND dep.deptype = 'n'
             AND (dep.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                  OR dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = dep.objid) = 'c') LOOP
    RAISE EXCEPTION 'pgdrift: % uses type %, whose labels must be removed or reordered: pgdrift cannot make the type again under it',
      pg_catalog.pg_describe_object(c.classid, c.objid, 0), q;
  END LOOP;
  FOR c IN SELECT a.attrelid::pg_catalog.regclass::text AS rel, a.attname, a.atttypid = ty.typarray AS is_array
           FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class r ON r.oid = a.attrelid
           WHERE a.atttypid IN (t, ty.typarray) AND a.attnum > 0 AND NOT a.attisdropped AND r.relkind IN ('r', 'p') AND a.attinhcount = 0
             AND gone <> '{}' LOOP
    EXECUTE pg_catalog.format('SELECT count(*) FROM %s WHERE %s && $1', c.rel,
      CASE WHEN c.is_array THEN pg_catalog.format('%I::text[]', c.attname) ELSE pg_catalog.format('ARRAY[%I::text]', c.attname) END) INTO n USING gone;
    IF n > 0 THEN
      RAISE EXCEPTION 'pgdrift: column %.% holds labels that type % no longer has (%) in % rows: change them first', c.rel, pg_catalog.quote_ident(c.attname),
        q, pg_catalog.array_to_string(gone, ', '), n;
    END IF;
  END LOOP;
  labels_sql := (SELECT coalesce(pg_catalog.string_agg(pg_catalog.quote_literal(x), ', ' ORDER BY o), '') FROM pg_catalog.unnest(d.labels) WITH ORDINALITY u(x, o));
  PERFORM pg_temp.pgd_do(s, 'create type', tmp, 'CREATE TYPE ' || tmp || ' AS ENUM (' || labels_sql || ')', 'DROP TYPE ' || tmp);
  -- a converted column's default goes and comes back around its conversion (as printed now, it
  -- names the type by the name the new one takes)
  FOR c IN SELECT a.attrelid::pg_catalog.regclass::text || '.' || pg_catalog.quote_ident(a.attname) AS col,
                  'ALTER TABLE ' || a.attrelid::pg_catalog.regclass::text || ' ALTER COLUMN ' || pg_catalog.quote_ident(a.attname) AS alter_col,
                  pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS def
           FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
           JOIN pg_catalog.pg_class r ON r.oid = a.attrelid
           WHERE a.atttypid IN (t, ty.typarray) AND a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount = 0 AND r.relkind IN ('r', 'p', 'f')
           ORDER BY a.attrelid, a.attnum LOOP
    PERFORM pg_temp.pgd_do(s, 'drop default', c.col, c.alter_col || ' DROP DEFAULT', c.alter_col || ' SET DEFAULT ' || c.def);
    defaults := defaults || ARRAY[c.col, c.alter_col, c.def];
  END LOOP;
  PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_type'::pg_catalog.regclass, t, 0, kinds);
  PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_type'::pg_catalog.regclass, ty.typarray, 0, kinds);
  FOR c IN SELECT a.attrelid::pg_catalog.regclass::text AS rel, a.attname, a.atttypid = ty.typarray AS is_array
           FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class r ON r.oid = a.attrelid
           WHERE a.atttypid IN (t, ty.typarray) AND a.attnum > 0 AND NOT a.attisdropped AND r.relkind IN ('r', 'p', 'f') AND a.attinhcount = 0
           ORDER BY 1, a.attnum LOOP
    alter_col := 'ALTER TABLE ' || c.rel || ' ALTER COLUMN ' || pg_catalog.quote_ident(c.attname);
    suffix := CASE WHEN c.is_array THEN '[]' ELSE '' END;
    PERFORM pg_temp.pgd_do(s, 'alter column type', c.rel || '.' || pg_catalog.quote_ident(c.attname),
      alter_col || ' TYPE ' || tmp || suffix || ' USING ' || pg_catalog.quote_ident(c.attname) || '::text' || suffix || '::' || tmp || suffix,
      alter_col || ' TYPE ' || q || suffix || ' USING ' || pg_catalog.quote_ident(c.attname) || '::text' || suffix || '::' || q || suffix);
  END LOOP;
  PERFORM pg_temp.pgd_do(s, 'drop type', q, 'DROP TYPE ' || q,
    pg_catalog.concat_ws(E';\n', 'CREATE TYPE ' || q || ' AS ENUM (' ||
      (SELECT coalesce(pg_catalog.string_agg(pg_catalog.quote_literal(x), ', ' ORDER BY o), '') FROM pg_catalog.unnest(live) WITH ORDINALITY u(x, o)) || ')',
      'COMMENT ON TYPE ' || q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(t, 'pg_catalog.pg_type'::pg_catalog.regclass)),
      pg_temp.pgd_acl_sql('TYPE', q, ty.typacl, ty.typowner)));
  PERFORM pg_temp.pgd_do(s, 'rename type', tmp, pg_catalog.concat_ws(E';\n', 'ALTER TYPE ' || tmp || ' RENAME TO ' || pg_catalog.quote_ident(d.name),
                           pg_temp.pgd_acl_sql('TYPE', q, ty.typacl, ty.typowner)),
                         'ALTER TYPE ' || q || ' RENAME TO ' || pg_catalog.quote_ident(tmp_name));
  FOR i IN 1 .. coalesce(pg_catalog.array_length(defaults, 1), 0) BY 3 LOOP
    PERFORM pg_temp.pgd_do(s, 'set default', defaults[i], defaults[i + 1] || ' SET DEFAULT ' || defaults[i + 2], defaults[i + 1] || ' DROP DEFAULT');
  END LOOP;
END $f$;

CREATE FUNCTION pg_temp.pgd_enum(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_enum; t oid; q text; live text[]; i integer; l text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_enum WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  SELECT ty.oid INTO t FROM pg_catalog.pg_type ty JOIN pg_catalog.pg_namespace n ON n.oid = ty.typnamespace
  WHERE n.nspname = d.sch AND ty.typname = d.name;
  IF t IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create type', q, 'CREATE TYPE ' || q || ' AS ENUM (' ||
                           (SELECT coalesce(pg_catalog.string_agg(pg_catalog.quote_literal(x), ', ' ORDER BY o), '') FROM pg_catalog.unnest(d.labels) WITH ORDINALITY u(x, o)) || ')',
                           'DROP TYPE ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    t := pg_catalog.to_regtype(q);
  END IF;
  -- a label renamed since: the old one is renamed when the new one is not there yet
  FOR i IN 1 .. coalesce(pg_catalog.array_length(d.renamed_from, 1), 0) BY 2 LOOP
    CONTINUE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_enum WHERE enumtypid = t AND enumlabel = d.renamed_from[i])
               OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_enum WHERE enumtypid = t AND enumlabel = d.renamed_from[i + 1]);
    PERFORM pg_temp.pgd_do(s, 'rename enum value ' || d.renamed_from[i + 1], q, 'ALTER TYPE ' || q || ' RENAME VALUE ' ||
      pg_catalog.quote_literal(d.renamed_from[i + 1]) || ' TO ' || pg_catalog.quote_literal(d.renamed_from[i]),
      'ALTER TYPE ' || q || ' RENAME VALUE ' || pg_catalog.quote_literal(d.renamed_from[i]) || ' TO ' || pg_catalog.quote_literal(d.renamed_from[i + 1]));
  END LOOP;
  SELECT pg_catalog.array_agg(enumlabel::text ORDER BY enumsortorder) INTO live FROM pg_catalog.pg_enum WHERE enumtypid = t;
  IF pg_temp.pgd_enum_needs_recreate(live, d.labels) AND (d.recreate OR live <@ d.labels) THEN
    PERFORM pg_temp.pgd_enum_recreate(s, d, t, live);
    t := coalesce(pg_catalog.to_regtype(q), t);
  ELSE
    FOR i IN 1 .. coalesce(pg_catalog.array_length(d.labels, 1), 0) LOOP
      l := d.labels[i];
      CONTINUE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_enum WHERE enumtypid = t AND enumlabel = l);
      PERFORM pg_temp.pgd_do(s, 'add enum value ' || l, q, 'ALTER TYPE ' || q || ' ADD VALUE ' || pg_catalog.quote_literal(l) ||
        CASE WHEN i > 1 THEN ' AFTER ' || pg_catalog.quote_literal(d.labels[i - 1])
             WHEN pg_catalog.array_length(d.labels, 1) > 1 AND EXISTS (SELECT 1 FROM pg_catalog.pg_enum WHERE enumtypid = t AND enumlabel = d.labels[2])
               THEN ' BEFORE ' || pg_catalog.quote_literal(d.labels[2]) ELSE '' END, NULL);
    END LOOP;
    SELECT pg_catalog.array_agg(enumlabel::text ORDER BY enumsortorder) INTO live FROM pg_catalog.pg_enum WHERE enumtypid = t;
    IF live IS DISTINCT FROM d.labels THEN
      PERFORM pg_temp.pgd_do(s, 'keep enum labels', q, NULL, NULL) WHERE pg_temp.pgd_verifying();
      RAISE WARNING 'pgdrift: type % has the labels %, the desired schema %: labels are removed only with --allow-drop type; left as it is', q, live, d.labels;
    END IF;
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'TYPE ' || q, pg_temp.pgd_description(t, 'pg_catalog.pg_type'::pg_catalog.regclass), d.comment);
END $f$;
