-- Foreign-data wrappers and servers: created when missing; a wrapper's handler and validator and
-- the options of both set as desired (ALTER ... OPTIONS (ADD | SET | DROP ...), each undone).
CREATE FUNCTION pg_temp.pgd_set_options(s integer, target text, cur text[], wanted text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE o record;
BEGIN
  IF coalesce(pg_catalog.array_to_string(cur, ','), '') = coalesce(wanted, '') THEN RETURN; END IF;
  FOR o IN SELECT w.option_name AS name, w.option_value AS value, c.option_name AS cur_name, c.option_value AS cur_value
           FROM pg_catalog.pg_options_to_table(pg_catalog.string_to_array(wanted, ',')) w
           FULL JOIN pg_catalog.pg_options_to_table(cur) c ON c.option_name = w.option_name
           WHERE w.option_value IS DISTINCT FROM c.option_value LOOP
    PERFORM pg_temp.pgd_do(s, 'set option', target,
      'ALTER ' || target || ' OPTIONS (' ||
        CASE WHEN o.name IS NULL THEN 'DROP ' || pg_catalog.quote_ident(o.cur_name)
             WHEN o.cur_name IS NULL THEN 'ADD ' || pg_catalog.quote_ident(o.name) || ' ' || pg_catalog.quote_literal(o.value)
             ELSE 'SET ' || pg_catalog.quote_ident(o.name) || ' ' || pg_catalog.quote_literal(o.value) END || ')',
      'ALTER ' || target || ' OPTIONS (' ||
        CASE WHEN o.name IS NULL THEN 'ADD ' || pg_catalog.quote_ident(o.cur_name) || ' ' || pg_catalog.quote_literal(o.cur_value)
             WHEN o.cur_name IS NULL THEN 'DROP ' || pg_catalog.quote_ident(o.name)
             ELSE 'SET ' || pg_catalog.quote_ident(o.name) || ' ' || pg_catalog.quote_literal(o.cur_value) END || ')');
  END LOOP;
END $f$;

CREATE TEMP TABLE pgd_wrapper (PRIMARY KEY (step), name text NOT NULL,
  def text NOT NULL,                 -- CREATE FOREIGN DATA WRAPPER ...
  handler text NOT NULL, validator text NOT NULL,  -- qualified, or a bare name; '' = none
  options text, comment text) INHERITS (pg_temp.pgd_obj);

-- CREATE FOREIGN DATA WRAPPER and its comment for a live wrapper.
CREATE FUNCTION pg_temp.pgd_wrapper_sql(w oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE FOREIGN DATA WRAPPER ' || pg_catalog.quote_ident(x.fdwname) ||
           CASE WHEN x.fdwhandler <> 0 THEN ' HANDLER ' || x.fdwhandler::pg_catalog.regproc::text ELSE '' END ||
           CASE WHEN x.fdwvalidator <> 0 THEN ' VALIDATOR ' || x.fdwvalidator::pg_catalog.regproc::text ELSE '' END ||
           coalesce(pg_temp.pgd_options_sql(x.fdwoptions), ''),
         'COMMENT ON FOREIGN DATA WRAPPER ' || pg_catalog.quote_ident(x.fdwname) || ' IS ' ||
           pg_catalog.quote_literal(pg_temp.pgd_description(x.oid, 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass)))
  FROM pg_catalog.pg_foreign_data_wrapper x WHERE x.oid = w
$f$;

-- Whether a wrapper's function is the one named: qualified, or (an extension's) by its bare name.
CREATE FUNCTION pg_temp.pgd_is_function(f oid, wanted text) RETURNS boolean LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE WHEN f = 0 THEN wanted = ''
              ELSE f::pg_catalog.regproc::text = wanted
                   OR (pg_catalog.strpos(wanted, '.') = 0 AND (SELECT pg_catalog.quote_ident(proname) FROM pg_catalog.pg_proc WHERE oid = f) = wanted) END
$f$;

CREATE FUNCTION pg_temp.pgd_wrapper(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_wrapper; w pg_catalog.pg_foreign_data_wrapper; q text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_wrapper WHERE step = s;
  q := pg_catalog.quote_ident(d.name);
  SELECT * INTO w FROM pg_catalog.pg_foreign_data_wrapper WHERE fdwname = d.name;
  IF w.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create foreign data wrapper', q, d.def, 'DROP FOREIGN DATA WRAPPER IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO w FROM pg_catalog.pg_foreign_data_wrapper WHERE fdwname = d.name;
  END IF;
  IF NOT pg_temp.pgd_is_function(w.fdwhandler, d.handler) THEN
    PERFORM pg_temp.pgd_do(s, 'set handler', q, 'ALTER FOREIGN DATA WRAPPER ' || q || CASE WHEN d.handler = '' THEN ' NO HANDLER' ELSE ' HANDLER ' || d.handler END,
      'ALTER FOREIGN DATA WRAPPER ' || q || CASE WHEN w.fdwhandler = 0 THEN ' NO HANDLER' ELSE ' HANDLER ' || w.fdwhandler::pg_catalog.regproc::text END);
  END IF;
  IF NOT pg_temp.pgd_is_function(w.fdwvalidator, d.validator) THEN
    PERFORM pg_temp.pgd_do(s, 'set validator', q, 'ALTER FOREIGN DATA WRAPPER ' || q || CASE WHEN d.validator = '' THEN ' NO VALIDATOR' ELSE ' VALIDATOR ' || d.validator END,
      'ALTER FOREIGN DATA WRAPPER ' || q || CASE WHEN w.fdwvalidator = 0 THEN ' NO VALIDATOR' ELSE ' VALIDATOR ' || w.fdwvalidator::pg_catalog.regproc::text END);
  END IF;
  PERFORM pg_temp.pgd_set_options(s, 'FOREIGN DATA WRAPPER ' || q, w.fdwoptions, d.options);
  PERFORM pg_temp.pgd_comment(s, q, 'FOREIGN DATA WRAPPER ' || q,
    pg_temp.pgd_description(w.oid, 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass), d.comment);
END $f$;

CREATE TEMP TABLE pgd_server (PRIMARY KEY (step), name text NOT NULL,
  def text NOT NULL,        -- CREATE SERVER ...
  options text,             -- as PostgreSQL stores them: "name=value,..."
  comment text) INHERITS (pg_temp.pgd_obj);

-- CREATE SERVER and its comment for a live server.
CREATE FUNCTION pg_temp.pgd_server_sql(srv oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE SERVER ' || pg_catalog.quote_ident(s.srvname) ||
           coalesce(' TYPE ' || pg_catalog.quote_literal(s.srvtype), '') || coalesce(' VERSION ' || pg_catalog.quote_literal(s.srvversion), '') ||
           ' FOREIGN DATA WRAPPER ' || pg_catalog.quote_ident(w.fdwname) ||
           coalesce(pg_temp.pgd_options_sql(s.srvoptions), ''),
         'COMMENT ON SERVER ' || pg_catalog.quote_ident(s.srvname) || ' IS ' ||
           pg_catalog.quote_literal(pg_temp.pgd_description(s.oid, 'pg_catalog.pg_foreign_server'::pg_catalog.regclass)))
  FROM pg_catalog.pg_foreign_server s JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw WHERE s.oid = srv
$f$;

CREATE FUNCTION pg_temp.pgd_server(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_server; srv pg_catalog.pg_foreign_server; q text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_server WHERE step = s;
  q := pg_catalog.quote_ident(d.name);
  SELECT * INTO srv FROM pg_catalog.pg_foreign_server WHERE srvname = d.name;
  IF srv.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create server', q, d.def, 'DROP SERVER IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO srv FROM pg_catalog.pg_foreign_server WHERE srvname = d.name;
  END IF;
  PERFORM pg_temp.pgd_set_options(s, 'SERVER ' || q, srv.srvoptions, d.options);
  PERFORM pg_temp.pgd_comment(s, q, 'SERVER ' || q, pg_temp.pgd_description(srv.oid, 'pg_catalog.pg_foreign_server'::pg_catalog.regclass), d.comment);
END $f$;
