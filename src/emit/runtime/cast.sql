-- Casts: found by their two types; created again when the function, method or context differs.
CREATE TEMP TABLE pgd_cast (PRIMARY KEY (step), source text NOT NULL, target text NOT NULL,
  def text NOT NULL,        -- CREATE CAST ...
  function text,            -- "public.f(json)" (method f)
  method "char" NOT NULL, context "char" NOT NULL, comment text) INHERITS (pg_temp.pgd_obj);

-- CREATE CAST and its comment for a live cast.
CREATE FUNCTION pg_temp.pgd_cast_sql(c oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE CAST ' || x.id || ' ' ||
           CASE k.castmethod WHEN 'b' THEN 'WITHOUT FUNCTION' WHEN 'i' THEN 'WITH INOUT'
                ELSE 'WITH FUNCTION ' || k.castfunc::pg_catalog.regprocedure::text END ||
           CASE k.castcontext WHEN 'i' THEN ' AS IMPLICIT' WHEN 'a' THEN ' AS ASSIGNMENT' ELSE '' END,
         'COMMENT ON CAST ' || x.id || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(k.oid, 'pg_catalog.pg_cast'::pg_catalog.regclass)))
  FROM pg_catalog.pg_cast k,
       LATERAL (SELECT '(' || pg_catalog.format_type(k.castsource, NULL) || ' AS ' || pg_catalog.format_type(k.casttarget, NULL) || ')' AS id) x
  WHERE k.oid = c
$f$;

CREATE FUNCTION pg_temp.pgd_live_cast(source text, target text) RETURNS pg_catalog.pg_cast LANGUAGE plpgsql STABLE SET search_path = '' AS $f$
BEGIN
  RETURN (SELECT k FROM pg_catalog.pg_cast k WHERE k.castsource = pg_catalog.to_regtype(source) AND k.casttarget = pg_catalog.to_regtype(target));
END $f$;

CREATE FUNCTION pg_temp.pgd_cast(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_cast; k pg_catalog.pg_cast; id text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_cast WHERE step = s;
  id := '(' || d.source || ' AS ' || d.target || ')';
  k := pg_temp.pgd_live_cast(d.source, d.target);
  IF k.oid IS NOT NULL AND (k.castmethod <> d.method OR k.castcontext <> d.context
      OR (d.method = 'f' AND k.castfunc IS DISTINCT FROM pg_temp.pgd_regprocedure(d.function))) THEN
    PERFORM pg_temp.pgd_do(s, 'drop cast', id, 'DROP CAST ' || id, pg_temp.pgd_cast_sql(k.oid));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    k := NULL;
  END IF;
  IF k.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create cast', id, d.def, 'DROP CAST IF EXISTS ' || id);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    k := pg_temp.pgd_live_cast(d.source, d.target);
  END IF;
  PERFORM pg_temp.pgd_comment(s, id, 'CAST ' || id, pg_temp.pgd_description(k.oid, 'pg_catalog.pg_cast'::pg_catalog.regclass), d.comment);
END $f$;
