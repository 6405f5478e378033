-- Operators: found by schema, name and argument types (a shell made by another operator's
-- COMMUTATOR does not count); created again when function, companions, estimators or flags differ.
CREATE TEMP TABLE pgd_operator (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL,
  lefttype text NOT NULL, righttype text NOT NULL,  -- format_type texts; NONE: no left argument
  def text NOT NULL,        -- CREATE OPERATOR ...
  function text NOT NULL, commutator text, negator text, restrict_fn text, join_fn text,
  hashes boolean NOT NULL, merges boolean NOT NULL, comment text) INHERITS (pg_temp.pgd_obj);

CREATE FUNCTION pg_temp.pgd_live_operator(sch text, name text, lefttype text, righttype text) RETURNS oid
LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT o.oid FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
  WHERE n.nspname = sch AND o.oprname = name AND o.oprcode <> 0
    AND o.oprleft = CASE WHEN lefttype = 'NONE' THEN 0 ELSE pg_catalog.to_regtype(lefttype)::oid END
    AND o.oprright = pg_catalog.to_regtype(righttype)::oid
$f$;

-- CREATE OPERATOR and its comment for a live operator.
CREATE FUNCTION pg_temp.pgd_operator_sql(op oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE OPERATOR ' || pg_catalog.quote_ident(n.nspname) || '.' || o.oprname ||
           ' (FUNCTION = ' || o.oprcode::pg_catalog.regproc::text ||
           CASE WHEN o.oprleft <> 0 THEN ', LEFTARG = ' || pg_catalog.format_type(o.oprleft, NULL) ELSE '' END ||
           ', RIGHTARG = ' || pg_catalog.format_type(o.oprright, NULL) ||
           coalesce(', COMMUTATOR = OPERATOR(' || (SELECT pg_catalog.quote_ident(cn.nspname) || '.' || c.oprname FROM pg_catalog.pg_operator c
                     JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom) || ')', '') ||
           coalesce(', NEGATOR = OPERATOR(' || (SELECT pg_catalog.quote_ident(cn.nspname) || '.' || c.oprname FROM pg_catalog.pg_operator c
                     JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate) || ')', '') ||
           CASE WHEN o.oprrest <> 0 THEN ', RESTRICT = ' || o.oprrest::pg_catalog.regproc::text ELSE '' END ||
           CASE WHEN o.oprjoin <> 0 THEN ', JOIN = ' || o.oprjoin::pg_catalog.regproc::text ELSE '' END ||
           CASE WHEN o.oprcanhash THEN ', HASHES' ELSE '' END || CASE WHEN o.oprcanmerge THEN ', MERGES' ELSE '' END || ')',
         'COMMENT ON OPERATOR ' || o.oid::pg_catalog.regoperator::text || ' IS ' ||
           pg_catalog.quote_literal(pg_temp.pgd_description(o.oid, 'pg_catalog.pg_operator'::pg_catalog.regclass)))
  FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oid = op
$f$;

-- The live operator is the desired one: compared by oids, as the server resolves the names.
CREATE FUNCTION pg_temp.pgd_operator_same(d pg_temp.pgd_operator, op oid) RETURNS boolean LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT o.oprcode = pg_catalog.to_regprocedure(d.function || '(' || CASE WHEN d.lefttype = 'NONE' THEN '' ELSE d.lefttype || ',' END || d.righttype || ')')
     AND o.oprcom = coalesce(pg_catalog.to_regoperator(d.commutator || '(' || d.righttype || ',' || d.lefttype || ')')::oid, 0)
     AND o.oprnegate = coalesce(pg_catalog.to_regoperator(d.negator || '(' || d.lefttype || ',' || d.righttype || ')')::oid, 0)
     AND o.oprrest = coalesce(pg_catalog.to_regproc(d.restrict_fn)::oid, 0) AND o.oprjoin = coalesce(pg_catalog.to_regproc(d.join_fn)::oid, 0)
     AND o.oprcanhash = d.hashes AND o.oprcanmerge = d.merges
  FROM pg_catalog.pg_operator o WHERE o.oid = op
$f$;

CREATE FUNCTION pg_temp.pgd_operator(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_operator; op oid; id text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_operator WHERE step = s;
  id := pg_catalog.quote_ident(d.sch) || '.' || d.name || '(' || d.lefttype || ', ' || d.righttype || ')';
  op := pg_temp.pgd_live_operator(d.sch, d.name, d.lefttype, d.righttype);
  IF op IS NOT NULL AND NOT pg_temp.pgd_operator_same(d, op) THEN
    PERFORM pg_temp.pgd_do(s, 'drop operator', id, 'DROP OPERATOR ' || id, pg_temp.pgd_operator_sql(op));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    op := NULL;
  END IF;
  IF op IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create operator', id, d.def, 'DROP OPERATOR IF EXISTS ' || id);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    op := pg_temp.pgd_live_operator(d.sch, d.name, d.lefttype, d.righttype);
  END IF;
  PERFORM pg_temp.pgd_comment(s, id, 'OPERATOR ' || id, pg_temp.pgd_description(op, 'pg_catalog.pg_operator'::pg_catalog.regclass), d.comment);
END $f$;
