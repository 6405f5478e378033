CREATE TEMP TABLE pgd_constraint (PRIMARY KEY (step), sch text NOT NULL, tab text NOT NULL, name text NOT NULL,
  contype "char" NOT NULL,          -- p, u, f, c, x
  def text NOT NULL,                -- the definition to run (without NOT VALID)
  printed text,                     -- pg_get_constraintdef as the dump printed it; '=' when that is def
  comparable boolean NOT NULL DEFAULT true,  -- false: REFERENCES an external table without columns
  not_valid boolean NOT NULL DEFAULT false, comment text,
  release boolean NOT NULL DEFAULT false,  -- an early step: only drop the live one when it differs
  clustered boolean NOT NULL DEFAULT false)  -- ALTER TABLE ... CLUSTER ON its index
  INHERITS (pg_temp.pgd_obj);

-- pg_get_constraintdef without " NOT VALID" (validation is compared on its own).
CREATE FUNCTION pg_temp.pgd_constraint_def(con oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS
$f$ SELECT pg_catalog.regexp_replace(pg_catalog.pg_get_constraintdef(con), ' NOT VALID$', '') $f$;

-- What the server prints for the desired definition: a foreign key cannot live on a temporary
-- table, so its definition (which pgdrift prints as PostgreSQL does) stands for itself.
CREATE FUNCTION pg_temp.pgd_printed_constraint(d pg_temp.pgd_constraint) RETURNS text LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE probe text; r text;
BEGIN
  IF d.contype = 'f' THEN RETURN d.def; END IF;
  probe := pg_temp.pgd_probe_table(d.sch, d.tab);
  PERFORM pg_temp.pgd_execute('ALTER TABLE ' || probe || ' ADD CONSTRAINT pgd_probe_c ' || d.def);
  SELECT pg_temp.pgd_constraint_def(oid) INTO r FROM pg_catalog.pg_constraint
  WHERE conrelid = probe::pg_catalog.regclass AND conname = 'pgd_probe_c';
  PERFORM pg_temp.pgd_probe_done(d.tab);
  RETURN r;
END $f$;

CREATE FUNCTION pg_temp.pgd_constraint(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_constraint; rel oid; con record; q text; id text; add_sql text; printed text; dp text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_constraint WHERE step = s;
  dp := CASE WHEN d.printed = '=' THEN d.def ELSE d.printed END;  -- as the dump printed it
  rel := pg_temp.pgd_rel(d.sch, d.tab, '{r,p}');
  IF rel IS NULL THEN RETURN; END IF;
  q := pg_temp.pgd_q(d.sch, d.tab);
  id := q || '.' || pg_catalog.quote_ident(d.name);
  add_sql := 'ALTER TABLE ' || q || ' ADD CONSTRAINT ' || pg_catalog.quote_ident(d.name) || ' ' || d.def ||
             CASE WHEN d.not_valid THEN ' NOT VALID' ELSE '' END;
  SELECT * INTO con FROM pg_catalog.pg_constraint WHERE conrelid = rel AND conname = d.name;
  IF d.release THEN
    IF con.oid IS NOT NULL AND d.comparable AND pg_temp.pgd_constraint_def(con.oid) IS DISTINCT FROM pg_catalog.regexp_replace(dp, ' NOT VALID$', '') THEN
      BEGIN
        printed := pg_temp.pgd_printed_constraint(d);
      EXCEPTION WHEN undefined_column OR undefined_table OR undefined_object THEN
        printed := NULL;  -- the desired one names what is not there yet: another constraint
      END;
    END IF;
    IF con.oid IS NOT NULL AND d.comparable AND pg_temp.pgd_constraint_def(con.oid) IS DISTINCT FROM pg_catalog.regexp_replace(dp, ' NOT VALID$', '')
       AND pg_temp.pgd_constraint_def(con.oid) IS DISTINCT FROM printed THEN
      IF NOT pg_temp.pgd_verifying() AND con.contype IN ('p', 'u', 'x') THEN
        PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_class'::pg_catalog.regclass, con.conindid, 0, ARRAY['pg_constraint']);
      END IF;
      PERFORM pg_temp.pgd_do(s, 'drop constraint', id, 'ALTER TABLE ' || q || ' DROP CONSTRAINT ' || pg_catalog.quote_ident(d.name),
                             'ALTER TABLE ' || q || ' ADD CONSTRAINT ' || pg_catalog.quote_ident(d.name) || ' ' || pg_catalog.pg_get_constraintdef(con.oid));
    END IF;
    RETURN;
  END IF;
  IF con.oid IS NULL THEN
    -- a partition's constraint goes with its parent's: IF EXISTS in the undo
    PERFORM pg_temp.pgd_do(s, 'add constraint', id, add_sql, 'ALTER TABLE ' || q || ' DROP CONSTRAINT IF EXISTS ' || pg_catalog.quote_ident(d.name));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO con FROM pg_catalog.pg_constraint WHERE conrelid = rel AND conname = d.name;
  ELSIF d.comparable AND pg_temp.pgd_constraint_def(con.oid) IS DISTINCT FROM pg_catalog.regexp_replace(dp, ' NOT VALID$', '')
        AND pg_temp.pgd_constraint_def(con.oid) IS DISTINCT FROM pg_temp.pgd_printed_constraint(d) THEN
    IF NOT pg_temp.pgd_verifying() AND con.contype IN ('p', 'u', 'x') THEN  -- foreign keys on this key go first; they come back
      PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_class'::pg_catalog.regclass, con.conindid, 0, ARRAY['pg_constraint']);
    END IF;
    PERFORM pg_temp.pgd_do(s, 'drop constraint', id, 'ALTER TABLE ' || q || ' DROP CONSTRAINT ' || pg_catalog.quote_ident(d.name),
                           'ALTER TABLE ' || q || ' ADD CONSTRAINT ' || pg_catalog.quote_ident(d.name) || ' ' || pg_catalog.pg_get_constraintdef(con.oid));
    PERFORM pg_temp.pgd_do(s, 'add constraint', id, add_sql, 'ALTER TABLE ' || q || ' DROP CONSTRAINT IF EXISTS ' || pg_catalog.quote_ident(d.name));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO con FROM pg_catalog.pg_constraint WHERE conrelid = rel AND conname = d.name;
  END IF;
  IF NOT d.not_valid AND NOT con.convalidated THEN
    PERFORM pg_temp.pgd_do(s, 'validate constraint', id, 'ALTER TABLE ' || q || ' VALIDATE CONSTRAINT ' || pg_catalog.quote_ident(d.name), NULL);
  END IF;
  IF con.contype IN ('p', 'u', 'x') THEN
    PERFORM pg_temp.pgd_clustered(s, q, d.name, con.conindid, d.clustered);
  END IF;
  PERFORM pg_temp.pgd_comment(s, id, 'CONSTRAINT ' || pg_catalog.quote_ident(d.name) || ' ON ' || q,
                              pg_temp.pgd_description(con.oid, 'pg_catalog.pg_constraint'::pg_catalog.regclass), d.comment);
END $f$;
