CREATE TEMP TABLE pgd_domain (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, def text NOT NULL,
  base text NOT NULL, not_null boolean NOT NULL DEFAULT false, default_sql text, default_printed text,
  check_names text[], check_defs text[], check_printed text[], check_valid boolean[],  -- CHECK (...) each
  drop_extra boolean NOT NULL DEFAULT false,   -- CHECKs only the database has go (--allow-drop constraint)
  comment text) INHERITS (pg_temp.pgd_obj);

-- What the server prints for a domain default and a domain CHECK (a domain made in pg_temp).
CREATE FUNCTION pg_temp.pgd_printed_domain(base text, dflt text, chk text, OUT dflt_printed text, OUT check_printed text)
LANGUAGE plpgsql SET search_path = '' AS $f$
BEGIN
  UPDATE pg_temp.pgd_state SET probes = probes + 1;
  PERFORM pg_temp.pgd_execute('CREATE DOMAIN pg_temp.pgd_probe_domain AS ' || base || coalesce(' DEFAULT (' || dflt || ')', '') ||
          coalesce(' CONSTRAINT pgd_probe_c ' || chk, ''));
  SELECT pg_catalog.pg_get_expr(t.typdefaultbin, 0) INTO dflt_printed FROM pg_catalog.pg_type t WHERE t.oid = pg_catalog.to_regtype('pg_temp.pgd_probe_domain');
  SELECT pg_temp.pgd_constraint_def(c.oid) INTO check_printed FROM pg_catalog.pg_constraint c
  WHERE c.contypid = pg_catalog.to_regtype('pg_temp.pgd_probe_domain');
  DROP DOMAIN pg_temp.pgd_probe_domain;
END $f$;

CREATE FUNCTION pg_temp.pgd_domain(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_domain; t record; q text; cur text; i integer; con record;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_domain WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  SELECT ty.oid, ty.typnotnull, pg_catalog.pg_get_expr(ty.typdefaultbin, 0) AS dflt INTO t
  FROM pg_catalog.pg_type ty JOIN pg_catalog.pg_namespace n ON n.oid = ty.typnamespace WHERE n.nspname = d.sch AND ty.typname = d.name;
  IF t.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create domain', q, d.def, 'DROP DOMAIN ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
  ELSE
    IF d.default_sql IS NULL AND t.dflt IS NOT NULL THEN
      PERFORM pg_temp.pgd_do(s, 'drop domain default', q, 'ALTER DOMAIN ' || q || ' DROP DEFAULT', 'ALTER DOMAIN ' || q || ' SET DEFAULT ' || t.dflt);
    ELSIF d.default_sql IS NOT NULL AND (t.dflt IS NULL OR t.dflt IS DISTINCT FROM d.default_printed)
          AND (t.dflt IS NULL OR t.dflt IS DISTINCT FROM (pg_temp.pgd_printed_domain(d.base, d.default_sql, NULL)).dflt_printed) THEN
      PERFORM pg_temp.pgd_do(s, 'set domain default', q, 'ALTER DOMAIN ' || q || ' SET DEFAULT (' || d.default_sql || ')',
        CASE WHEN t.dflt IS NULL THEN 'ALTER DOMAIN ' || q || ' DROP DEFAULT' ELSE 'ALTER DOMAIN ' || q || ' SET DEFAULT ' || t.dflt END);
    END IF;
    IF t.typnotnull <> d.not_null THEN
      PERFORM pg_temp.pgd_do(s, CASE WHEN d.not_null THEN 'set not null' ELSE 'drop not null' END, q,
        'ALTER DOMAIN ' || q || CASE WHEN d.not_null THEN ' SET NOT NULL' ELSE ' DROP NOT NULL' END,
        'ALTER DOMAIN ' || q || CASE WHEN d.not_null THEN ' DROP NOT NULL' ELSE ' SET NOT NULL' END);
    END IF;
    FOR i IN 1 .. coalesce(pg_catalog.array_length(d.check_names, 1), 0) LOOP
      SELECT c.oid, pg_temp.pgd_constraint_def(c.oid) AS def INTO con FROM pg_catalog.pg_constraint c
      WHERE c.contypid = t.oid AND c.conname = d.check_names[i];
      IF con.oid IS NOT NULL AND (con.def = pg_catalog.regexp_replace(d.check_printed[i], ' NOT VALID$', '')
          OR con.def = (pg_temp.pgd_printed_domain(d.base, NULL, d.check_defs[i])).check_printed) THEN
        CONTINUE;
      END IF;
      IF con.oid IS NOT NULL THEN
        PERFORM pg_temp.pgd_do(s, 'drop domain constraint', q, 'ALTER DOMAIN ' || q || ' DROP CONSTRAINT ' || pg_catalog.quote_ident(d.check_names[i]),
          'ALTER DOMAIN ' || q || ' ADD CONSTRAINT ' || pg_catalog.quote_ident(d.check_names[i]) || ' ' || pg_catalog.pg_get_constraintdef(con.oid));
      END IF;
      PERFORM pg_temp.pgd_do(s, 'add domain constraint', q, 'ALTER DOMAIN ' || q || ' ADD CONSTRAINT ' || pg_catalog.quote_ident(d.check_names[i]) || ' ' ||
        d.check_defs[i] || CASE WHEN d.check_valid[i] THEN '' ELSE ' NOT VALID' END,
        'ALTER DOMAIN ' || q || ' DROP CONSTRAINT ' || pg_catalog.quote_ident(d.check_names[i]));
    END LOOP;
    IF d.drop_extra THEN
      FOR con IN SELECT c.conname::text AS n, pg_catalog.pg_get_constraintdef(c.oid) AS def FROM pg_catalog.pg_constraint c
                 WHERE c.contypid = t.oid AND c.contype = 'c' AND c.conname <> ALL (coalesce(d.check_names, '{}')) ORDER BY 1 LOOP
        PERFORM pg_temp.pgd_do(s, 'drop domain constraint', q, 'ALTER DOMAIN ' || q || ' DROP CONSTRAINT ' || pg_catalog.quote_ident(con.n),
          'ALTER DOMAIN ' || q || ' ADD CONSTRAINT ' || pg_catalog.quote_ident(con.n) || ' ' || con.def);
      END LOOP;
    END IF;
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'DOMAIN ' || q, pg_temp.pgd_description(pg_catalog.to_regtype(q), 'pg_catalog.pg_type'::pg_catalog.regclass), d.comment);
END $f$;

CREATE TEMP TABLE pgd_composite (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,
  attr_names text[] NOT NULL, attr_types text[] NOT NULL, comment text) INHERITS (pg_temp.pgd_obj);
CREATE FUNCTION pg_temp.pgd_composite(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_composite; t oid; rel oid; q text; i integer; cur text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_composite WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  SELECT ty.oid, ty.typrelid INTO t, rel FROM pg_catalog.pg_type ty JOIN pg_catalog.pg_namespace n ON n.oid = ty.typnamespace
  WHERE n.nspname = d.sch AND ty.typname = d.name;
  IF t IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create type', q, 'CREATE TYPE ' || q || ' AS (' ||
      (SELECT coalesce(pg_catalog.string_agg(pg_catalog.quote_ident(n) || ' ' || ty, ', ' ORDER BY o), '')
       FROM unnest(d.attr_names, d.attr_types) WITH ORDINALITY u(n, ty, o)) || ')', 'DROP TYPE ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    t := pg_catalog.to_regtype(q);
  ELSE
    FOR i IN 1 .. pg_catalog.array_length(d.attr_names, 1) LOOP
      SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) INTO cur FROM pg_catalog.pg_attribute a
      WHERE a.attrelid = rel AND a.attname = d.attr_names[i] AND NOT a.attisdropped;
      IF cur IS NULL THEN
        PERFORM pg_temp.pgd_do(s, 'add attribute', q, 'ALTER TYPE ' || q || ' ADD ATTRIBUTE ' || pg_catalog.quote_ident(d.attr_names[i]) || ' ' || d.attr_types[i] || ' CASCADE',
                               'ALTER TYPE ' || q || ' DROP ATTRIBUTE ' || pg_catalog.quote_ident(d.attr_names[i]) || ' CASCADE');
      ELSIF cur <> pg_catalog.split_part(d.attr_types[i], ' COLLATE ', 1) AND cur <> pg_temp.pgd_printed_type(pg_catalog.split_part(d.attr_types[i], ' COLLATE ', 1)) THEN
        PERFORM pg_temp.pgd_do(s, 'alter attribute type', q, 'ALTER TYPE ' || q || ' ALTER ATTRIBUTE ' || pg_catalog.quote_ident(d.attr_names[i]) || ' TYPE ' || d.attr_types[i] || ' CASCADE',
                               'ALTER TYPE ' || q || ' ALTER ATTRIBUTE ' || pg_catalog.quote_ident(d.attr_names[i]) || ' TYPE ' || cur || ' CASCADE');
      END IF;
    END LOOP;
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'TYPE ' || q, pg_temp.pgd_description(t, 'pg_catalog.pg_type'::pg_catalog.regclass), d.comment);
END $f$;

CREATE TEMP TABLE pgd_range (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, def text NOT NULL, comment text)
  INHERITS (pg_temp.pgd_obj);
CREATE FUNCTION pg_temp.pgd_range(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_range; q text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_range WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  IF pg_catalog.to_regtype(q) IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create type', q, d.def, 'DROP TYPE ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'TYPE ' || q, pg_temp.pgd_description(pg_catalog.to_regtype(q), 'pg_catalog.pg_type'::pg_catalog.regclass), d.comment);
END $f$;
