CREATE TEMP TABLE pgd_schema (PRIMARY KEY (step), name text NOT NULL, comment text) INHERITS (pg_temp.pgd_obj);
ALTER TABLE pg_temp.pgd_schema ALTER COLUMN phase SET DEFAULT 1;
CREATE FUNCTION pg_temp.pgd_schema(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_schema; ns oid; q text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_schema WHERE step = s;
  q := pg_catalog.quote_ident(d.name);
  SELECT oid INTO ns FROM pg_catalog.pg_namespace WHERE nspname = d.name;
  IF ns IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create schema', q, 'CREATE SCHEMA ' || q, 'DROP SCHEMA ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT oid INTO ns FROM pg_catalog.pg_namespace WHERE nspname = d.name;
  END IF;
  -- public has the built-in comment "standard public schema", which pg_dump leaves out: only a
  -- comment the desired schema states is enforced there.
  IF d.name <> 'public' OR d.comment IS NOT NULL THEN
    PERFORM pg_temp.pgd_comment(s, q, 'SCHEMA ' || q, pg_temp.pgd_description(ns, 'pg_catalog.pg_namespace'::pg_catalog.regclass), d.comment);
  END IF;
END $f$;
