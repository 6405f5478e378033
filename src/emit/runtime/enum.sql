CREATE TEMP TABLE pgd_enum (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, labels text[] NOT NULL,
  renamed_from text[],  -- label, the label it was, ... (renamed by the migrations or annotated)
  comment text)
  INHERITS (pg_temp.pgd_obj);
ALTER TABLE pg_temp.pgd_enum ALTER COLUMN phase SET DEFAULT 1;
-- A missing label goes next to its neighbour in the desired order. PostgreSQL cannot remove or
-- reorder labels: extra labels and another order are reported, not changed.
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
  FOR i IN 1 .. coalesce(pg_catalog.array_length(d.labels, 1), 0) LOOP
    l := d.labels[i];
    CONTINUE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_enum WHERE enumtypid = t AND enumlabel = l);
    PERFORM pg_temp.pgd_do(s, 'add enum value ' || l, q, 'ALTER TYPE ' || q || ' ADD VALUE ' || pg_catalog.quote_literal(l) ||
      CASE WHEN i > 1 THEN ' AFTER ' || pg_catalog.quote_literal(d.labels[i - 1])
           WHEN pg_catalog.array_length(d.labels, 1) > 1 AND EXISTS (SELECT 1 FROM pg_catalog.pg_enum WHERE enumtypid = t AND enumlabel = d.labels[2])
             THEN ' BEFORE ' || pg_catalog.quote_literal(d.labels[2]) ELSE '' END, NULL);
  END LOOP;
  SELECT pg_catalog.array_agg(enumlabel::text ORDER BY enumsortorder) INTO live FROM pg_catalog.pg_enum WHERE enumtypid = t;
  IF live IS DISTINCT FROM d.labels AND NOT pg_temp.pgd_verifying() THEN
    RAISE WARNING 'pgdrift: type % has the labels %, the desired schema %: PostgreSQL cannot remove or reorder labels; left as it is', q, live, d.labels;
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'TYPE ' || q, pg_temp.pgd_description(t, 'pg_catalog.pg_type'::pg_catalog.regclass), d.comment);
END $f$;
