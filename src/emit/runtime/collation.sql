-- Collations: created when missing; one whose settings differ is created again when nothing
-- uses it (PostgreSQL cannot alter a collation's locale), else the run stops and says so.
CREATE TEMP TABLE pgd_collation (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,
  def text NOT NULL,        -- CREATE COLLATION ...
  provider "char" NOT NULL, lc_collate text NOT NULL, lc_ctype text NOT NULL, deterministic boolean NOT NULL,
  comment text) INHERITS (pg_temp.pgd_obj);

-- The collation of this name usable in the current database's encoding.
CREATE FUNCTION pg_temp.pgd_live_collation(sch text, name text) RETURNS oid LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT c.oid FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
  WHERE n.nspname = sch AND c.collname = name AND c.collencoding IN (-1, pg_catalog.pg_char_to_encoding(pg_catalog.getdatabaseencoding()))
$f$;

-- CREATE COLLATION and its comment for a live collation.
CREATE FUNCTION pg_temp.pgd_collation_sql(coll oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE COLLATION ' || x.q || ' (provider = ' || CASE c.collprovider WHEN 'i' THEN 'icu' ELSE 'libc' END ||
           CASE WHEN c.collisdeterministic THEN '' ELSE ', deterministic = false' END ||
           CASE WHEN c.collprovider = 'i' THEN ', locale = ' || pg_catalog.quote_literal(c.colliculocale)
                WHEN c.collcollate = c.collctype THEN ', locale = ' || pg_catalog.quote_literal(c.collcollate)
                ELSE ', lc_collate = ' || pg_catalog.quote_literal(c.collcollate) || ', lc_ctype = ' || pg_catalog.quote_literal(c.collctype) END || ')',
         'COMMENT ON COLLATION ' || x.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(c.oid, 'pg_catalog.pg_collation'::pg_catalog.regclass)))
  FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace,
       LATERAL (SELECT pg_temp.pgd_q(n.nspname, c.collname) AS q) x
  WHERE c.oid = coll
$f$;

CREATE FUNCTION pg_temp.pgd_collation(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_collation; c pg_catalog.pg_collation; q text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_collation WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  SELECT * INTO c FROM pg_catalog.pg_collation WHERE oid = pg_temp.pgd_live_collation(d.sch, d.name);
  IF c.oid IS NOT NULL AND (c.collprovider <> d.provider OR c.collisdeterministic <> d.deterministic
      OR CASE WHEN d.provider = 'i' THEN c.colliculocale IS DISTINCT FROM d.lc_collate
              ELSE c.collcollate IS DISTINCT FROM d.lc_collate OR c.collctype IS DISTINCT FROM d.lc_ctype END) THEN
    IF EXISTS (SELECT FROM pg_catalog.pg_depend WHERE refclassid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND refobjid = c.oid) THEN
      RAISE EXCEPTION 'pgdrift: collation % differs from the desired one and is in use: change it by hand', q;
    END IF;
    PERFORM pg_temp.pgd_do(s, 'drop collation', q, 'DROP COLLATION ' || q, pg_temp.pgd_collation_sql(c.oid));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    c := NULL;
  END IF;
  IF c.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create collation', q, d.def, 'DROP COLLATION IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO c FROM pg_catalog.pg_collation WHERE oid = pg_temp.pgd_live_collation(d.sch, d.name);
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'COLLATION ' || q, pg_temp.pgd_description(c.oid, 'pg_catalog.pg_collation'::pg_catalog.regclass), d.comment);
END $f$;
