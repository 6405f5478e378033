CREATE TEMP TABLE pgd_view (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,
  materialized boolean NOT NULL DEFAULT false,
  def text NOT NULL,       -- CREATE [MATERIALIZED] VIEW ...
  tail text NOT NULL,      -- "(columns) AS query": what follows the name in a probe
  printed text,            -- pg_get_viewdef as the dump printed it
  options text,            -- reloptions as the server keeps them: "check_option=local,security_barrier=true"
  comment text, column_comments text[],
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
DECLARE d pg_temp.pgd_view; r oid; c record; q text; live text; old text; i integer; acl text;
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
        BEGIN
          PERFORM pg_temp.pgd_do(s, 'replace view', q, pg_catalog.regexp_replace(d.def, '^CREATE VIEW', 'CREATE OR REPLACE VIEW'), old);
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
END $f$;
