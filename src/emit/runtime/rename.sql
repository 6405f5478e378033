-- Renames that keep data (policy `rename ...;` rules, renames the migrations made; catalog/
-- rename.h): done when the object has its old name and nothing has the new one, logged with the
-- rename back as its undo. Run before everything else: the rest of the script uses new names.
CREATE FUNCTION pg_temp.pgd_has(kind text, sch text, owner text, name text) RETURNS boolean LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE kind
    WHEN 'column' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = pg_temp.pgd_rel(sch, owner, '{r,p,f,v,m}')
                               AND a.attname = name AND a.attnum > 0 AND NOT a.attisdropped)
    WHEN 'constraint' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = pg_temp.pgd_rel(sch, owner, '{r,p,f}') AND k.conname = name)
    WHEN 'type' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                             WHERE n.nspname = sch AND t.typname = name)
    WHEN 'enum value' THEN EXISTS (SELECT 1 FROM pg_catalog.pg_enum e JOIN pg_catalog.pg_type t ON t.oid = e.enumtypid
                                   JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                                   WHERE n.nspname = sch AND t.typname = owner AND e.enumlabel = name)
    ELSE EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = sch AND c.relname = name)  -- a table or index: any relation takes the name
  END
$f$;

-- The ALTER that renames `a` to `b`.
CREATE FUNCTION pg_temp.pgd_rename_sql(kind text, sch text, owner text, a text, b text) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE kind
    WHEN 'table' THEN 'ALTER TABLE ' || pg_temp.pgd_q(sch, a) || ' RENAME TO ' || pg_catalog.quote_ident(b)
    WHEN 'index' THEN 'ALTER INDEX ' || pg_temp.pgd_q(sch, a) || ' RENAME TO ' || pg_catalog.quote_ident(b)
    WHEN 'column' THEN 'ALTER TABLE ' || pg_temp.pgd_q(sch, owner) || ' RENAME COLUMN ' || pg_catalog.quote_ident(a) || ' TO ' || pg_catalog.quote_ident(b)
    WHEN 'constraint' THEN 'ALTER TABLE ' || pg_temp.pgd_q(sch, owner) || ' RENAME CONSTRAINT ' || pg_catalog.quote_ident(a) || ' TO ' || pg_catalog.quote_ident(b)
    WHEN 'enum value' THEN 'ALTER TYPE ' || pg_temp.pgd_q(sch, owner) || ' RENAME VALUE ' || pg_catalog.quote_literal(a) || ' TO ' || pg_catalog.quote_literal(b)
    ELSE 'ALTER ' || CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                                       WHERE n.nspname = sch AND t.typname = a AND t.typtype = 'd') THEN 'DOMAIN ' ELSE 'TYPE ' END ||
         pg_temp.pgd_q(sch, a) || ' RENAME TO ' || pg_catalog.quote_ident(b)
  END
$f$;

CREATE FUNCTION pg_temp.pgd_rename(step integer, kind text, sch text, owner text, a text, b text) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
BEGIN
  IF NOT pg_temp.pgd_has(kind, sch, owner, a) OR pg_temp.pgd_has(kind, sch, owner, b) THEN RETURN; END IF;
  PERFORM pg_temp.pgd_do(step, 'rename ' || kind,
                         pg_catalog.concat_ws('.', pg_catalog.quote_ident(sch), CASE WHEN owner <> '' THEN pg_catalog.quote_ident(owner) END) ||
                           CASE WHEN kind = 'enum value' THEN ' ' || pg_catalog.quote_literal(a) || ' to ' || pg_catalog.quote_literal(b)
                                WHEN owner <> '' THEN '.' || pg_catalog.quote_ident(a) || ' to ' || pg_catalog.quote_ident(b)
                                ELSE '.' || pg_catalog.quote_ident(a) || ' to ' || pg_catalog.quote_ident(b) END,
                         pg_temp.pgd_rename_sql(kind, sch, owner, a, b), pg_temp.pgd_rename_sql(kind, sch, owner, b, a));
END $f$;
