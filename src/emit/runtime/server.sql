-- Foreign servers: created when missing; their options set as desired (ALTER SERVER ... OPTIONS).
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
DECLARE d pg_temp.pgd_server; srv pg_catalog.pg_foreign_server; q text; cur text; o record; want text[];
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_server WHERE step = s;
  q := pg_catalog.quote_ident(d.name);
  SELECT * INTO srv FROM pg_catalog.pg_foreign_server WHERE srvname = d.name;
  IF srv.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create server', q, d.def, 'DROP SERVER IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO srv FROM pg_catalog.pg_foreign_server WHERE srvname = d.name;
  END IF;
  cur := pg_catalog.array_to_string(srv.srvoptions, ',');
  IF coalesce(cur, '') <> coalesce(d.options, '') THEN  -- each option set, added or dropped
    want := pg_catalog.string_to_array(d.options, ',');
    FOR o IN SELECT w.option_name AS name, w.option_value AS value, c.option_name AS cur_name, c.option_value AS cur_value
             FROM pg_catalog.pg_options_to_table(want) w
             FULL JOIN pg_catalog.pg_options_to_table(srv.srvoptions) c ON c.option_name = w.option_name
             WHERE w.option_value IS DISTINCT FROM c.option_value LOOP
      PERFORM pg_temp.pgd_do(s, 'set server option', q,
        'ALTER SERVER ' || q || ' OPTIONS (' ||
          CASE WHEN o.name IS NULL THEN 'DROP ' || pg_catalog.quote_ident(o.cur_name)
               WHEN o.cur_name IS NULL THEN 'ADD ' || pg_catalog.quote_ident(o.name) || ' ' || pg_catalog.quote_literal(o.value)
               ELSE 'SET ' || pg_catalog.quote_ident(o.name) || ' ' || pg_catalog.quote_literal(o.value) END || ')',
        'ALTER SERVER ' || q || ' OPTIONS (' ||
          CASE WHEN o.name IS NULL THEN 'ADD ' || pg_catalog.quote_ident(o.cur_name) || ' ' || pg_catalog.quote_literal(o.cur_value)
               WHEN o.cur_name IS NULL THEN 'DROP ' || pg_catalog.quote_ident(o.name)
               ELSE 'SET ' || pg_catalog.quote_ident(o.name) || ' ' || pg_catalog.quote_literal(o.cur_value) END || ')');
    END LOOP;
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'SERVER ' || q, pg_temp.pgd_description(srv.oid, 'pg_catalog.pg_foreign_server'::pg_catalog.regclass), d.comment);
END $f$;
