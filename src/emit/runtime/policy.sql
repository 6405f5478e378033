CREATE TEMP TABLE pgd_policy (PRIMARY KEY (step), sch text NOT NULL, tab text NOT NULL, name text NOT NULL,
  def text NOT NULL,                            -- CREATE POLICY ...
  permissive boolean NOT NULL DEFAULT true, cmd "char" NOT NULL DEFAULT '*',
  roles text NOT NULL DEFAULT 'public',         -- sorted, ", "
  printed boolean NOT NULL DEFAULT false,       -- the dump printed the expressions:
  using_printed text, check_printed text,       -- these
  comment text) INHERITS (pg_temp.pgd_obj);

-- A policy described: permissive, command, roles, USING and WITH CHECK as the server prints them.
CREATE FUNCTION pg_temp.pgd_policy_text(pol oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E'\n', p.polpermissive, p.polcmd,
         (SELECT pg_catalog.string_agg(x.name, ', ' ORDER BY x.name COLLATE "C")
            FROM (SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_catalog.quote_ident(a.rolname) END AS name
                  FROM pg_catalog.unnest(p.polroles) r LEFT JOIN pg_catalog.pg_roles a ON a.oid = r) x),
         coalesce(pg_catalog.pg_get_expr(p.polqual, p.polrelid), ''), coalesce(pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid), ''))
  FROM pg_catalog.pg_policy p WHERE p.oid = pol
$f$;

CREATE FUNCTION pg_temp.pgd_policy(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_policy; rel oid; pol oid; q text; id text; live text; same boolean; probe text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_policy WHERE step = s;
  rel := pg_temp.pgd_rel(d.sch, d.tab, '{r,p}');
  IF rel IS NULL THEN RETURN; END IF;
  q := pg_temp.pgd_q(d.sch, d.tab);
  id := q || '.' || pg_catalog.quote_ident(d.name);
  SELECT oid INTO pol FROM pg_catalog.pg_policy WHERE polrelid = rel AND polname = d.name;
  IF pol IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create policy', id, d.def, 'DROP POLICY IF EXISTS ' || pg_catalog.quote_ident(d.name) || ' ON ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT oid INTO pol FROM pg_catalog.pg_policy WHERE polrelid = rel AND polname = d.name;
  ELSE
    live := pg_temp.pgd_policy_text(pol);
    same := d.printed AND live = pg_catalog.concat_ws(E'\n', d.permissive, d.cmd, d.roles, coalesce(d.using_printed, ''), coalesce(d.check_printed, ''));
    IF NOT same THEN
      probe := pg_temp.pgd_probe_table(d.sch, d.tab);
      PERFORM pg_temp.pgd_execute(pg_temp.pgd_on(d.def, q, probe));
      same := live = (SELECT pg_temp.pgd_policy_text(x.oid) FROM pg_catalog.pg_policy x WHERE x.polrelid = probe::pg_catalog.regclass);
      PERFORM pg_temp.pgd_probe_done(d.tab);
    END IF;
    IF NOT same THEN
      PERFORM pg_temp.pgd_do(s, 'drop policy', id, 'DROP POLICY ' || pg_catalog.quote_ident(d.name) || ' ON ' || q,
                             pg_temp.pgd_object_sql('pg_catalog.pg_policy'::pg_catalog.regclass, pol));
      PERFORM pg_temp.pgd_do(s, 'create policy', id, d.def, 'DROP POLICY IF EXISTS ' || pg_catalog.quote_ident(d.name) || ' ON ' || q);
      IF pg_temp.pgd_verifying() THEN RETURN; END IF;
      SELECT oid INTO pol FROM pg_catalog.pg_policy WHERE polrelid = rel AND polname = d.name;
    END IF;
  END IF;
  PERFORM pg_temp.pgd_comment(s, id, 'POLICY ' || pg_catalog.quote_ident(d.name) || ' ON ' || q, pg_temp.pgd_description(pol, 'pg_catalog.pg_policy'::pg_catalog.regclass), d.comment);
END $f$;
