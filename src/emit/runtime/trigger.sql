CREATE TEMP TABLE pgd_trigger (PRIMARY KEY (step), sch text NOT NULL, tab text NOT NULL, name text NOT NULL,
  def text NOT NULL,       -- CREATE TRIGGER ...
  printed text,            -- pg_get_triggerdef as the dump printed it; '=' when that is def
  enabled "char" NOT NULL DEFAULT 'O', comment text) INHERITS (pg_temp.pgd_obj);

CREATE FUNCTION pg_temp.pgd_trigger(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_trigger; rel oid; t record; q text; id text; same boolean; probe text; p text; dp text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_trigger WHERE step = s;
  dp := CASE WHEN d.printed = '=' THEN d.def ELSE d.printed END;  -- as the dump printed it
  rel := pg_temp.pgd_rel(d.sch, d.tab, '{r,p,v,f}');
  IF rel IS NULL THEN RETURN; END IF;
  q := pg_temp.pgd_q(d.sch, d.tab);
  id := q || '.' || pg_catalog.quote_ident(d.name);
  SELECT * INTO t FROM pg_catalog.pg_trigger WHERE tgrelid = rel AND tgname = d.name AND NOT tgisinternal;
  IF t.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create trigger', id, d.def, 'DROP TRIGGER IF EXISTS ' || pg_catalog.quote_ident(d.name) || ' ON ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT * INTO t FROM pg_catalog.pg_trigger WHERE tgrelid = rel AND tgname = d.name AND NOT tgisinternal;
  ELSE
    same := pg_catalog.pg_get_triggerdef(t.oid) IS NOT DISTINCT FROM dp;
    IF NOT same THEN
      probe := pg_temp.pgd_probe_table(d.sch, d.tab);
      PERFORM pg_temp.pgd_execute(pg_temp.pgd_on(d.def, q, probe));
      SELECT pg_catalog.pg_get_triggerdef(x.oid) INTO p FROM pg_catalog.pg_trigger x WHERE x.tgrelid = probe::pg_catalog.regclass AND NOT x.tgisinternal;
      same := pg_temp.pgd_on(pg_catalog.pg_get_triggerdef(t.oid), rel::pg_catalog.regclass::text, '@') =
              pg_temp.pgd_on(p, probe, '@');
      PERFORM pg_temp.pgd_probe_done(d.tab);
    END IF;
    IF NOT same THEN
      PERFORM pg_temp.pgd_do(s, 'drop trigger', id, 'DROP TRIGGER ' || pg_catalog.quote_ident(d.name) || ' ON ' || q,
                             pg_temp.pgd_object_sql('pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid));
      PERFORM pg_temp.pgd_do(s, 'create trigger', id, d.def, 'DROP TRIGGER IF EXISTS ' || pg_catalog.quote_ident(d.name) || ' ON ' || q);
      IF pg_temp.pgd_verifying() THEN RETURN; END IF;
      SELECT * INTO t FROM pg_catalog.pg_trigger WHERE tgrelid = rel AND tgname = d.name AND NOT tgisinternal;
    END IF;
  END IF;
  IF t.tgenabled <> d.enabled THEN
    PERFORM pg_temp.pgd_do(s, 'set trigger state', id, pg_temp.pgd_fires_sql(q, 'TRIGGER', d.name, d.enabled),
                           pg_temp.pgd_fires_sql(q, 'TRIGGER', d.name, t.tgenabled));
  END IF;
  PERFORM pg_temp.pgd_comment(s, id, 'TRIGGER ' || pg_catalog.quote_ident(d.name) || ' ON ' || q, pg_temp.pgd_description(t.oid, 'pg_catalog.pg_trigger'::pg_catalog.regclass), d.comment);
END $f$;
