CREATE TEMP TABLE pgd_view (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,
  materialized boolean NOT NULL DEFAULT false,
  def text NOT NULL,       -- CREATE [MATERIALIZED] VIEW ...
  tail text NOT NULL,      -- "(columns) AS query": what follows the name in a probe
  printed text,            -- pg_get_viewdef as the dump printed it
  options text,            -- reloptions as the server keeps them: "check_option=local,security_barrier=true"
  comment text, column_comments text[],
  column_defaults text[],  -- column, expression, column, expression ...
  placeholder text         -- a view reading itself: CREATE VIEW over the query it replaced, first
) INHERITS (pg_temp.pgd_obj);

CREATE FUNCTION pg_temp.pgd_viewdef(r oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS
$f$ SELECT pg_catalog.btrim(pg_catalog.rtrim(pg_catalog.pg_get_viewdef(r), ';'), E' \n') $f$;

CREATE FUNCTION pg_temp.pgd_printed_view(tail text) RETURNS text LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE r text;
BEGIN
  UPDATE pg_temp.pgd_state SET probes = probes + 1;
  PERFORM pg_temp.pgd_execute('CREATE TEMP VIEW pgd_probe_view ' || tail);
  r := pg_temp.pgd_viewdef(pg_catalog.to_regclass('pg_temp.pgd_probe_view'));
  DROP VIEW pg_temp.pgd_probe_view;
  RETURN r;
END $f$;

-- A view is created again when PostgreSQL refuses CREATE OR REPLACE (columns removed, renamed
-- or retyped) and always for a materialized view; what reads it goes first and comes back.
CREATE FUNCTION pg_temp.pgd_view(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_view; r oid; c record; q text; live text; old text; undo text; i integer; acl text; want text; alter_col text; deps text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_view WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  DELETE FROM pg_temp.pgd_saved WHERE kind = 'pg_rewrite' AND ident = q;  -- this step makes it as desired
  r := pg_temp.pgd_rel(d.sch, d.name, '{v,m}');
  IF r IS NOT NULL THEN
    SELECT * INTO c FROM pg_catalog.pg_class WHERE oid = r;
    live := pg_temp.pgd_viewdef(r);
    IF c.relkind = (CASE WHEN d.materialized THEN 'm' ELSE 'v' END)
       AND coalesce(pg_catalog.array_to_string(ARRAY(SELECT o FROM pg_catalog.unnest(c.reloptions) o ORDER BY 1), ','), '') = coalesce(d.options, '')
       AND (live = d.printed OR live = pg_temp.pgd_printed_view(d.tail)) THEN
      NULL;  -- as desired
    ELSIF pg_temp.pgd_verifying() THEN
      PERFORM pg_temp.pgd_do(s, 'replace view', q, NULL, NULL);
      RETURN;
    ELSE
      old := pg_temp.pgd_object_sql('pg_catalog.pg_rewrite'::pg_catalog.regclass, (SELECT oid FROM pg_catalog.pg_rewrite WHERE ev_class = r));
      acl := pg_temp.pgd_acl_sql(CASE c.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'VIEW' END, q, c.relacl, c.relowner);
      IF NOT d.materialized AND c.relkind = 'v' THEN
        -- undone by replacing it back, or when that cannot be (columns were added) by creating it again
        undo := 'CREATE OR REPLACE VIEW ' || q || CASE WHEN c.reloptions IS NULL THEN '' ELSE ' WITH (' || pg_catalog.array_to_string(c.reloptions, ', ') || ')' END
                || ' AS ' || pg_catalog.rtrim(pg_catalog.pg_get_viewdef(r), ';');
        -- (what reads it, views, routines and policies, goes with it and comes back as it is now,
        -- the nearest first)
        SELECT pg_catalog.string_agg(pg_temp.pgd_object_sql(x.classid, x.objid), E';\n' ORDER BY x.depth, x.classid, x.objid) INTO deps
        FROM pg_temp.pgd_dependents('pg_catalog.pg_class'::pg_catalog.regclass, r, 0, ARRAY['pg_rewrite', 'pg_proc', 'pg_policy']) x;
        undo := 'DO ' || pg_catalog.quote_literal('BEGIN EXECUTE ' || pg_catalog.quote_literal(undo) ||
                  '; EXCEPTION WHEN invalid_table_definition OR feature_not_supported THEN EXECUTE ' ||
                  pg_catalog.quote_literal('DROP VIEW ' || q || CASE WHEN deps IS NULL THEN '' ELSE ' CASCADE' END || E';\n' || old ||
                                           coalesce(E';\n' || deps, '')) || '; END');
        BEGIN
          PERFORM pg_temp.pgd_do(s, 'replace view', q, pg_catalog.regexp_replace(d.def, '^CREATE VIEW', 'CREATE OR REPLACE VIEW'), undo);
          r := NULL;
        EXCEPTION WHEN invalid_table_definition OR feature_not_supported THEN
          NULL;  -- columns removed, renamed or retyped: drop and create below
        END;
      END IF;
      IF r IS NOT NULL THEN
        PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_class'::pg_catalog.regclass, r, 0, ARRAY['pg_rewrite', 'pg_proc']);
        PERFORM pg_temp.pgd_do(s, 'drop view', q, CASE c.relkind WHEN 'm' THEN 'DROP MATERIALIZED VIEW ' ELSE 'DROP VIEW ' END || q, old);
      END IF;
    END IF;
  END IF;
  r := pg_temp.pgd_rel(d.sch, d.name, '{v,m}');
  IF r IS NULL THEN
    -- a view created again keeps the owner and privileges it had
    PERFORM pg_temp.pgd_do(s, CASE WHEN d.materialized THEN 'create materialized view' ELSE 'create view' END, q,
                           coalesce(d.placeholder || E';\n' || pg_catalog.regexp_replace(d.def, '^CREATE VIEW', 'CREATE OR REPLACE VIEW'), d.def) ||
                           coalesce(E';\n' || pg_catalog.regexp_replace(acl, 'ALTER (MATERIALIZED )?VIEW ', 'ALTER ' ||
                             CASE WHEN d.materialized THEN 'MATERIALIZED VIEW ' ELSE 'VIEW ' END), ''),
                           CASE WHEN d.materialized THEN 'DROP MATERIALIZED VIEW IF EXISTS ' ELSE 'DROP VIEW IF EXISTS ' END || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    r := pg_temp.pgd_rel(d.sch, d.name, '{v,m}');
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, CASE WHEN d.materialized THEN 'MATERIALIZED VIEW ' ELSE 'VIEW ' END || q,
                              pg_temp.pgd_description(r, 'pg_catalog.pg_class'::pg_catalog.regclass), d.comment);
  FOR c IN SELECT a.attname::text AS col, a.attnum FROM pg_catalog.pg_attribute a WHERE a.attrelid = r AND a.attnum > 0 ORDER BY a.attnum LOOP
    i := pg_catalog.array_position(d.column_comments, c.col);
    PERFORM pg_temp.pgd_comment(s, q || '.' || pg_catalog.quote_ident(c.col), 'COLUMN ' || q || '.' || pg_catalog.quote_ident(c.col),
                                pg_catalog.col_description(r, c.attnum), CASE WHEN i % 2 = 1 THEN d.column_comments[i + 1] END);
  END LOOP;
  -- column defaults: what an INSERT through the view fills in
  FOR c IN SELECT a.attname::text AS col, pg_catalog.format_type(a.atttypid, a.atttypmod) AS typ,
                  pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS live
           FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
           WHERE a.attrelid = r AND a.attnum > 0 ORDER BY a.attnum LOOP
    i := pg_catalog.array_position(d.column_defaults, c.col);
    want := CASE WHEN i % 2 = 1 THEN d.column_defaults[i + 1] END;
    CONTINUE WHEN want IS NULL AND c.live IS NULL;
    IF want IS NOT NULL AND c.live IS NOT NULL THEN
      CONTINUE WHEN c.live = pg_temp.pgd_printed_default(c.typ, want);
    END IF;
    alter_col := 'ALTER VIEW ' || q || ' ALTER COLUMN ' || pg_catalog.quote_ident(c.col);
    PERFORM pg_temp.pgd_do(s, CASE WHEN want IS NULL THEN 'drop default' ELSE 'set default' END, q || '.' || pg_catalog.quote_ident(c.col),
      alter_col || coalesce(' SET DEFAULT ' || want, ' DROP DEFAULT'), alter_col || coalesce(' SET DEFAULT ' || c.live, ' DROP DEFAULT'));
  END LOOP;
END $f$;
