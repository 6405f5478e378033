CREATE TEMP TABLE pgd_aggregate (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, identity text NOT NULL,
  def text NOT NULL,   -- CREATE AGGREGATE ...
  comment text) INHERITS (pg_temp.pgd_obj);

-- Everything CREATE AGGREGATE sets, as one text (the name aside).
CREATE FUNCTION pg_temp.pgd_aggregate_text(f oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E'\n', pg_catalog.pg_get_function_arguments(a.aggfnoid), a.aggkind, a.aggnumdirectargs,
         a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn, a.aggdeserialfn, a.aggmtransfn, a.aggminvtransfn,
         a.aggmfinalfn, a.aggfinalextra, a.aggmfinalextra, a.aggfinalmodify, a.aggmfinalmodify, a.aggsortop::pg_catalog.regoperator,
         pg_catalog.format_type(a.aggtranstype, NULL), a.aggtransspace, pg_catalog.format_type(a.aggmtranstype, NULL), a.aggmtransspace,
         coalesce(a.agginitval, '-'), coalesce(a.aggminitval, '-'), p.proparallel)
  FROM pg_catalog.pg_aggregate a JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid WHERE a.aggfnoid = f
$f$;

-- CREATE AGGREGATE for a live aggregate.
CREATE FUNCTION pg_temp.pgd_aggregate_sql(f oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT 'CREATE AGGREGATE ' || pg_catalog.format('%I.%I', n.nspname, p.proname) || '(' ||
         coalesce(nullif(pg_catalog.pg_get_function_identity_arguments(p.oid), ''), '*') || ') (' ||
         pg_catalog.concat_ws(', ', 'SFUNC = ' || a.aggtransfn::text, 'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),
           CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,
           CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::text END,
           CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
           CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::text END,
           CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::text END,
           CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::text END,
           CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || pg_catalog.quote_literal(a.agginitval) END,
           CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::text || ', MINVFUNC = ' || a.aggminvtransfn::text ||
                ', MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL) END,
           CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::text END,
           CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || pg_catalog.quote_literal(a.aggminitval) END,
           CASE WHEN a.aggsortop <> 0 THEN 'SORTOP = ' || pg_catalog.regexp_replace(a.aggsortop::pg_catalog.regoperator::text, '\(.*$', '') END,
           CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END,
           CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END) || ')' ||
         coalesce(E';\nCOMMENT ON AGGREGATE ' || pg_catalog.format('%I.%I', n.nspname, p.proname) || '(' ||
           coalesce(nullif(pg_catalog.pg_get_function_identity_arguments(p.oid), ''), '*') || ') IS ' ||
           pg_catalog.quote_literal(pg_temp.pgd_description(p.oid, 'pg_catalog.pg_proc'::pg_catalog.regclass)), '')
  FROM pg_catalog.pg_aggregate a JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE a.aggfnoid = f
$f$;

CREATE FUNCTION pg_temp.pgd_printed_aggregate(d pg_temp.pgd_aggregate) RETURNS text LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE r text; head text := 'CREATE AGGREGATE ' || pg_temp.pgd_q(d.sch, d.name) || '(';
BEGIN
  UPDATE pg_temp.pgd_state SET probes = probes + 1;
  PERFORM pg_temp.pgd_execute('CREATE AGGREGATE pg_temp.pgd_probe_agg(' || pg_catalog.substr(d.def, pg_catalog.length(head) + 1));
  r := pg_temp.pgd_aggregate_text(pg_temp.pgd_regprocedure('pg_temp.pgd_probe_agg(' || d.identity || ')'));
  EXECUTE 'DROP AGGREGATE pg_temp.pgd_probe_agg(' || CASE WHEN d.identity = '' THEN '*' ELSE d.identity END || ')';
  RETURN r;
END $f$;

-- An aggregate that differs is replaced (CREATE OR REPLACE keeps what uses it).
CREATE FUNCTION pg_temp.pgd_aggregate(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_aggregate; f oid; sig text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_aggregate WHERE step = s;
  sig := pg_temp.pgd_q(d.sch, d.name) || '(' || CASE WHEN d.identity = '' THEN '*' ELSE d.identity END || ')';
  f := pg_temp.pgd_regprocedure(pg_temp.pgd_q(d.sch, d.name) || '(' || d.identity || ')');
  IF f IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create aggregate', sig, d.def, 'DROP AGGREGATE IF EXISTS ' || sig);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    f := pg_temp.pgd_regprocedure(pg_temp.pgd_q(d.sch, d.name) || '(' || d.identity || ')');
  ELSIF pg_temp.pgd_aggregate_text(f) IS DISTINCT FROM pg_temp.pgd_printed_aggregate(d) THEN
    PERFORM pg_temp.pgd_do(s, 'replace aggregate', sig, pg_catalog.regexp_replace(d.def, '^CREATE AGGREGATE', 'CREATE OR REPLACE AGGREGATE'),
                           pg_catalog.regexp_replace(pg_temp.pgd_aggregate_sql(f), '^CREATE AGGREGATE', 'CREATE OR REPLACE AGGREGATE'));
  END IF;
  PERFORM pg_temp.pgd_comment(s, sig, 'AGGREGATE ' || sig, pg_temp.pgd_description(f, 'pg_catalog.pg_proc'::pg_catalog.regclass), d.comment);
END $f$;
