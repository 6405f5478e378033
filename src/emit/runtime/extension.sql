CREATE TEMP TABLE pgd_extension (PRIMARY KEY (step), name text NOT NULL, sch text NOT NULL,
  version text) INHERITS (pg_temp.pgd_obj);  -- NULL: the default version, whatever is installed stays
ALTER TABLE pg_temp.pgd_extension ALTER COLUMN phase SET DEFAULT 1;
CREATE FUNCTION pg_temp.pgd_extension(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_extension; cur text; q text; v text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_extension WHERE step = s;
  q := pg_catalog.quote_ident(d.name);
  SELECT n.nspname INTO cur FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = d.name;
  IF cur IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create extension', q, 'CREATE EXTENSION ' || q || ' WITH SCHEMA ' || pg_catalog.quote_ident(d.sch) ||
                             coalesce(' VERSION ' || pg_catalog.quote_literal(d.version), '') || ' CASCADE',
                           'DROP EXTENSION ' || q);
    RETURN;
  ELSIF cur <> d.sch THEN
    PERFORM pg_temp.pgd_do(s, 'set extension schema', q, 'ALTER EXTENSION ' || q || ' SET SCHEMA ' || pg_catalog.quote_ident(d.sch),
                           'ALTER EXTENSION ' || q || ' SET SCHEMA ' || pg_catalog.quote_ident(cur));
  END IF;
  SELECT e.extversion INTO v FROM pg_catalog.pg_extension e WHERE e.extname = d.name;
  IF d.version IS NOT NULL AND v <> d.version THEN
    -- the undo only when the extension has a path back (most have none downwards): else it stays
    PERFORM pg_temp.pgd_do(s, 'update extension', q, 'ALTER EXTENSION ' || q || ' UPDATE TO ' || pg_catalog.quote_literal(d.version),
                           (SELECT 'ALTER EXTENSION ' || q || ' UPDATE TO ' || pg_catalog.quote_literal(v)
                            FROM pg_catalog.pg_extension_update_paths(d.name) p WHERE p.source = d.version AND p.target = v AND p.path IS NOT NULL));
  END IF;
END $f$;
