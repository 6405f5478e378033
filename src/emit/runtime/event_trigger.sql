-- Event triggers: created when missing; one whose event, tags or function differ is created
-- again; ENABLE / DISABLE as desired.
CREATE TEMP TABLE pgd_event_trigger (PRIMARY KEY (step), name text NOT NULL,
  def text NOT NULL,        -- CREATE EVENT TRIGGER ...
  event text NOT NULL, tags text[], function text NOT NULL,
  enabled "char" NOT NULL, comment text) INHERITS (pg_temp.pgd_obj);

-- ALTER EVENT TRIGGER ... ENABLE / DISABLE / ENABLE REPLICA / ENABLE ALWAYS.
CREATE FUNCTION pg_temp.pgd_event_trigger_state(q text, state "char") RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT 'ALTER EVENT TRIGGER ' || q || CASE state WHEN 'D' THEN ' DISABLE' WHEN 'R' THEN ' ENABLE REPLICA' WHEN 'A' THEN ' ENABLE ALWAYS' ELSE ' ENABLE' END
$f$;

-- CREATE EVENT TRIGGER, its state and comment for a live event trigger.
CREATE FUNCTION pg_temp.pgd_event_trigger_sql(evt oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.concat_ws(E';\n', 'CREATE EVENT TRIGGER ' || x.q || ' ON ' || pg_catalog.quote_ident(e.evtevent) ||
           coalesce(' WHEN TAG IN (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(t), ', ') FROM pg_catalog.unnest(e.evttags) t) || ')', '') ||
           ' EXECUTE FUNCTION ' || e.evtfoid::pg_catalog.regproc::text || '()',
         CASE WHEN e.evtenabled <> 'O' THEN pg_temp.pgd_event_trigger_state(x.q, e.evtenabled) END,
         'COMMENT ON EVENT TRIGGER ' || x.q || ' IS ' || pg_catalog.quote_literal(pg_temp.pgd_description(e.oid, 'pg_catalog.pg_event_trigger'::pg_catalog.regclass)))
  FROM pg_catalog.pg_event_trigger e, LATERAL (SELECT pg_catalog.quote_ident(e.evtname) AS q) x
  WHERE e.oid = evt
$f$;

CREATE FUNCTION pg_temp.pgd_event_trigger(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_event_trigger; e pg_catalog.pg_event_trigger; q text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_event_trigger WHERE step = s;
  q := pg_catalog.quote_ident(d.name);
  SELECT * INTO e FROM pg_catalog.pg_event_trigger WHERE evtname = d.name;
  IF e.oid IS NOT NULL AND (e.evtevent <> d.event OR e.evttags IS DISTINCT FROM d.tags
      OR e.evtfoid IS DISTINCT FROM pg_catalog.to_regprocedure(d.function || '()')) THEN
    PERFORM pg_temp.pgd_do(s, 'drop event trigger', q, 'DROP EVENT TRIGGER ' || q, pg_temp.pgd_event_trigger_sql(e.oid));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    e := NULL;
  END IF;
  IF e.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create event trigger', q, d.def, 'DROP EVENT TRIGGER IF EXISTS ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO e FROM pg_catalog.pg_event_trigger WHERE evtname = d.name;
  END IF;
  IF e.evtenabled <> d.enabled THEN
    PERFORM pg_temp.pgd_do(s, 'set event trigger state', q, pg_temp.pgd_event_trigger_state(q, d.enabled), pg_temp.pgd_event_trigger_state(q, e.evtenabled));
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'EVENT TRIGGER ' || q, pg_temp.pgd_description(e.oid, 'pg_catalog.pg_event_trigger'::pg_catalog.regclass), d.comment);
END $f$;
