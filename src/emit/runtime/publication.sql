CREATE TEMP TABLE pgd_publication (PRIMARY KEY (step), name text NOT NULL, all_tables boolean NOT NULL DEFAULT false,
  options text NOT NULL,          -- "publish = 'insert, update', publish_via_partition_root = false"
  options_text text NOT NULL,     -- the same as pgd_publication_options prints it: "t,t,f,f,f"
  tables text[],                  -- qualified names (ONLY)
  table_specs text[],             -- "public.t (a, b) WHERE (...)" each
  table_printed text[],           -- "a, b|filter" as the dump printed them (NULL: unknown)
  schemas text[], drop_extra boolean NOT NULL DEFAULT false, comment text) INHERITS (pg_temp.pgd_obj);

CREATE FUNCTION pg_temp.pgd_publication_options(n text) RETURNS text LANGUAGE sql STABLE AS $f$
  SELECT pg_catalog.concat_ws(',', pubinsert, pubupdate, pubdelete, pubtruncate, pubviaroot) FROM pg_catalog.pg_publication WHERE pubname = n
$f$;
-- A table's membership as the server describes it: columns (in list order) | row filter; NULL = not a member.
CREATE FUNCTION pg_temp.pgd_publication_table(n text, t text) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT coalesce((SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY k.i)
                   FROM pg_catalog.unnest(pr.prattrs::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, i)
                   JOIN pg_catalog.pg_attribute a ON a.attrelid = pr.prrelid AND a.attnum = k.attnum), '')
         || '|' || coalesce(pg_catalog.pg_get_expr(pr.prqual, pr.prrelid), '')
  FROM pg_catalog.pg_publication_rel pr JOIN pg_catalog.pg_publication p ON p.oid = pr.prpubid
  WHERE p.pubname = n AND pr.prrelid = pg_catalog.to_regclass(t)
$f$;
CREATE FUNCTION pg_temp.pgd_publication_table_sql(n text, t text) RETURNS text LANGUAGE sql STABLE AS $f$
  SELECT t || CASE WHEN pg_catalog.split_part(d, '|', 1) = '' THEN '' ELSE ' (' || pg_catalog.split_part(d, '|', 1) || ')' END
           || CASE WHEN pg_catalog.substr(d, pg_catalog.strpos(d, '|') + 1) = '' THEN ''
                   ELSE ' WHERE (' || pg_catalog.substr(d, pg_catalog.strpos(d, '|') + 1) || ')' END
  FROM (SELECT pg_temp.pgd_publication_table(n, t) AS d) x
$f$;
CREATE FUNCTION pg_temp.pgd_printed_publication_table(spec text, t text) RETURNS text LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE r text;
BEGIN
  UPDATE pg_temp.pgd_state SET probes = probes + 1;
  PERFORM pg_temp.pgd_execute('CREATE PUBLICATION pgd_probe_pub FOR TABLE ONLY ' || spec);
  r := pg_temp.pgd_publication_table('pgd_probe_pub', t);
  DROP PUBLICATION pgd_probe_pub;
  RETURN r;
END $f$;

CREATE FUNCTION pg_temp.pgd_publication(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_publication; q text; cur text; i integer; r record;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_publication WHERE step = s;
  q := pg_catalog.quote_ident(d.name);
  cur := pg_temp.pgd_publication_options(d.name);
  IF cur IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create publication', q, 'CREATE PUBLICATION ' || q || CASE WHEN d.all_tables THEN ' FOR ALL TABLES' ELSE '' END ||
                           ' WITH (' || d.options || ')', 'DROP PUBLICATION ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
  ELSIF cur <> d.options_text THEN
    PERFORM pg_temp.pgd_do(s, 'set publication options', q, 'ALTER PUBLICATION ' || q || ' SET (' || d.options || ')',
      'ALTER PUBLICATION ' || q || ' SET (publish = ' || pg_catalog.quote_literal(coalesce(pg_catalog.array_to_string(ARRAY(
        SELECT op FROM pg_catalog.unnest(ARRAY['insert', 'update', 'delete', 'truncate']) WITH ORDINALITY AS o(op, k)
        WHERE pg_catalog.split_part(cur, ',', k::int) = 't' ORDER BY k), ', '), '')) ||
      ', publish_via_partition_root = ' || pg_catalog.split_part(cur, ',', 5) || ')');
  END IF;
  FOR i IN 1 .. coalesce(pg_catalog.array_length(d.tables, 1), 0) LOOP
    cur := pg_temp.pgd_publication_table(d.name, d.tables[i]);
    CONTINUE WHEN cur IS NOT NULL AND (cur = d.table_printed[i] OR cur = pg_temp.pgd_printed_publication_table(d.table_specs[i], d.tables[i]));
    IF cur IS NOT NULL THEN
      PERFORM pg_temp.pgd_do(s, 'drop publication table', q, 'ALTER PUBLICATION ' || q || ' DROP TABLE ONLY ' || d.tables[i],
                             'ALTER PUBLICATION ' || q || ' ADD TABLE ONLY ' || pg_temp.pgd_publication_table_sql(d.name, d.tables[i]));
    END IF;
    PERFORM pg_temp.pgd_do(s, 'add publication table', q, 'ALTER PUBLICATION ' || q || ' ADD TABLE ONLY ' || d.table_specs[i],
                           'ALTER PUBLICATION ' || q || ' DROP TABLE ONLY ' || d.tables[i]);
  END LOOP;
  FOR i IN 1 .. coalesce(pg_catalog.array_length(d.schemas, 1), 0) LOOP
    CONTINUE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_publication_namespace pn JOIN pg_catalog.pg_publication p ON p.oid = pn.pnpubid
                          JOIN pg_catalog.pg_namespace ns ON ns.oid = pn.pnnspid WHERE p.pubname = d.name AND ns.nspname = d.schemas[i]);
    PERFORM pg_temp.pgd_do(s, 'add publication schema', q, 'ALTER PUBLICATION ' || q || ' ADD TABLES IN SCHEMA ' || pg_catalog.quote_ident(d.schemas[i]),
                           'ALTER PUBLICATION ' || q || ' DROP TABLES IN SCHEMA ' || pg_catalog.quote_ident(d.schemas[i]));
  END LOOP;
  IF d.drop_extra AND NOT d.all_tables THEN  -- tables only the database publishes
    FOR r IN SELECT pr.prrelid::pg_catalog.regclass::text AS t FROM pg_catalog.pg_publication_rel pr
             JOIN pg_catalog.pg_publication pb ON pb.oid = pr.prpubid WHERE pb.pubname = d.name
               AND pr.prrelid <> ALL (SELECT pg_catalog.to_regclass(x) FROM pg_catalog.unnest(coalesce(d.tables, '{}')) x) ORDER BY 1 LOOP
      PERFORM pg_temp.pgd_do(s, 'drop publication table', q, 'ALTER PUBLICATION ' || q || ' DROP TABLE ONLY ' || r.t,
                             'ALTER PUBLICATION ' || q || ' ADD TABLE ONLY ' || pg_temp.pgd_publication_table_sql(d.name, r.t));
    END LOOP;
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'PUBLICATION ' || q, pg_temp.pgd_description((SELECT oid FROM pg_catalog.pg_publication WHERE pubname = d.name), 'pg_catalog.pg_publication'::pg_catalog.regclass), d.comment);
END $f$;
