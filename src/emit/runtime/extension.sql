CREATE TEMP TABLE pgd_extension (PRIMARY KEY (step), name text NOT NULL, sch text NOT NULL) INHERITS (pg_temp.pgd_obj);
ALTER TABLE pg_temp.pgd_extension ALTER COLUMN phase SET DEFAULT 1;
CREATE FUNCTION pg_temp.pgd_extension(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_extension; cur text; q text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_extension WHERE step = s;
  q := pg_catalog.quote_ident(d.name);
  SELECT n.nspname INTO cur FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = d.name;
  IF cur IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create extension', q, 'CREATE EXTENSION ' || q || ' WITH SCHEMA ' || pg_catalog.quote_ident(d.sch) || ' CASCADE',
                           'DROP EXTENSION ' || q);
  ELSIF cur <> d.sch THEN
    PERFORM pg_temp.pgd_do(s, 'set extension schema', q, 'ALTER EXTENSION ' || q || ' SET SCHEMA ' || pg_catalog.quote_ident(d.sch),
                           'ALTER EXTENSION ' || q || ' SET SCHEMA ' || pg_catalog.quote_ident(cur));
  END IF;
END $f$;
