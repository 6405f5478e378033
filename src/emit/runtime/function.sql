CREATE TEMP TABLE pgd_function (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, identity text NOT NULL,
  procedure boolean NOT NULL DEFAULT false,
  def text NOT NULL,       -- CREATE OR REPLACE FUNCTION / PROCEDURE ...
  fingerprint text,        -- md5 of what pgd_function_text prints, when the dump says it
  comment text) INHERITS (pg_temp.pgd_obj);

-- Everything CREATE OR REPLACE sets, as one text: arguments, result, language, attributes, body,
-- transforms.
CREATE FUNCTION pg_temp.pgd_function_text(f oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E'\n', coalesce(pg_catalog.pg_get_function_arguments(p.oid), ''), coalesce(pg_catalog.pg_get_function_result(p.oid), ''),
         l.lanname, p.provolatile, p.proisstrict, p.prosecdef, p.proleakproof, p.proparallel, p.procost, p.prorows,
         coalesce(pg_catalog.array_to_string(p.proconfig, ';'), ''), p.prosrc, coalesce(pg_catalog.pg_get_function_sqlbody(p.oid), ''),
         coalesce((SELECT pg_catalog.string_agg(pg_catalog.format_type(x.t, NULL), ', ' ORDER BY x.n)
                   FROM pg_catalog.unnest(p.protrftypes) WITH ORDINALITY x(t, n)), ''))
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang WHERE p.oid = f
$f$;

-- The desired function created in pg_temp under a stand-in name and described the same way (a
-- SQL-standard body names its parameters after the function: stand-in.p becomes name.p).
CREATE FUNCTION pg_temp.pgd_printed_function(d pg_temp.pgd_function) RETURNS text LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE head text; r text; kind text := CASE WHEN d.procedure THEN 'PROCEDURE' ELSE 'FUNCTION' END;
BEGIN
  UPDATE pg_temp.pgd_state SET probes = probes + 1;
  head := 'CREATE OR REPLACE ' || kind || ' ' || pg_temp.pgd_q(d.sch, d.name) || '(';
  PERFORM pg_temp.pgd_execute('CREATE ' || kind || ' pg_temp.pgd_probe_fn(' || pg_catalog.substr(d.def, pg_catalog.length(head) + 1));
  r := pg_temp.pgd_function_text(pg_catalog.to_regprocedure('pg_temp.pgd_probe_fn(' || d.identity || ')'));
  EXECUTE 'DROP ROUTINE pg_temp.pgd_probe_fn(' || d.identity || ')';
  RETURN pg_catalog.replace(r, 'pgd_probe_fn.', pg_catalog.quote_ident(d.name) || '.');
END $f$;

CREATE FUNCTION pg_temp.pgd_function(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_function; f oid; sig text; live text; old text; kind text; acl text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_function WHERE step = s;
  sig := pg_temp.pgd_q(d.sch, d.name) || '(' || d.identity || ')';
  kind := CASE WHEN d.procedure THEN 'procedure' ELSE 'function' END;
  f := pg_temp.pgd_regprocedure(sig);
  IF f IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create ' || kind, sig, d.def, 'DROP ROUTINE ' || sig);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    f := pg_temp.pgd_regprocedure(sig);
  ELSE
    live := pg_temp.pgd_function_text(f);
    IF pg_catalog.md5(live) IS DISTINCT FROM d.fingerprint AND live IS DISTINCT FROM pg_temp.pgd_printed_function(d) THEN
      old := pg_temp.pgd_object_sql('pg_catalog.pg_proc'::pg_catalog.regclass, f);
      acl := (SELECT pg_temp.pgd_acl_sql('ROUTINE', sig, p.proacl, p.proowner) FROM pg_catalog.pg_proc p WHERE p.oid = f);
      BEGIN
        PERFORM pg_temp.pgd_do(s, 'replace ' || kind, sig, d.def, old);
      EXCEPTION WHEN invalid_function_definition THEN  -- another result type or argument names: drop and create
        PERFORM pg_temp.pgd_drop_dependents(s, 'pg_catalog.pg_proc'::pg_catalog.regclass, f, 0,
          ARRAY['pg_rewrite', 'pg_trigger', 'pg_policy', 'pg_attrdef', 'pg_constraint', 'pg_class', 'pg_proc']);
        PERFORM pg_temp.pgd_do(s, 'drop ' || kind, sig, 'DROP ROUTINE ' || sig, old);
        -- created again with the owner and privileges it had
        PERFORM pg_temp.pgd_do(s, 'create ' || kind, sig, d.def || E';\n' || acl, 'DROP ROUTINE ' || sig);
      END;
      f := pg_temp.pgd_regprocedure(sig);
    END IF;
  END IF;
  PERFORM pg_temp.pgd_comment(s, sig, CASE WHEN d.procedure THEN 'PROCEDURE ' ELSE 'FUNCTION ' END || sig,
                              pg_temp.pgd_description(f, 'pg_catalog.pg_proc'::pg_catalog.regclass), d.comment);
END $f$;
