CREATE TEMP TABLE pgd_sequence (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, options text NOT NULL,
                                unlogged boolean NOT NULL DEFAULT false, owned boolean NOT NULL DEFAULT false, comment text)
  INHERITS (pg_temp.pgd_obj);
CREATE FUNCTION pg_temp.pgd_sequence(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_sequence; r oid; q text; cur text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_sequence WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  r := pg_temp.pgd_rel(d.sch, d.name, '{S}');
  IF r IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create sequence', q, 'CREATE ' || CASE WHEN d.unlogged THEN 'UNLOGGED ' ELSE '' END || 'SEQUENCE ' || q || ' ' || d.options,
                           'DROP SEQUENCE ' || q);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    r := pg_temp.pgd_rel(d.sch, d.name, '{S}');
  END IF;
  cur := pg_temp.pgd_sequence_options(r);
  IF cur IS DISTINCT FROM d.options THEN
    PERFORM pg_temp.pgd_do(s, 'alter sequence', q, 'ALTER SEQUENCE ' || q || ' ' || d.options || pg_temp.pgd_restart(r, d.options),
                           'ALTER SEQUENCE ' || q || ' ' || cur || pg_temp.pgd_restart(r, cur));
  END IF;
  cur := pg_temp.pgd_owned_by(r);
  IF NOT d.owned AND cur IS NOT NULL THEN  -- owned ones get their owner in a later step
    PERFORM pg_temp.pgd_do(s, 'set sequence owner', q, 'ALTER SEQUENCE ' || q || ' OWNED BY NONE', 'ALTER SEQUENCE ' || q || ' OWNED BY ' || cur);
  END IF;
  PERFORM pg_temp.pgd_comment(s, q, 'SEQUENCE ' || q, pg_temp.pgd_description(r, 'pg_catalog.pg_class'::pg_catalog.regclass), d.comment);
END $f$;

CREATE TEMP TABLE pgd_sequence_owner (PRIMARY KEY (step), sch text NOT NULL, name text NOT NULL, owner text NOT NULL)
  INHERITS (pg_temp.pgd_obj);
CREATE FUNCTION pg_temp.pgd_sequence_owner(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_sequence_owner; q text; cur text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_sequence_owner WHERE step = s;
  q := pg_temp.pgd_q(d.sch, d.name);
  cur := pg_temp.pgd_owned_by(pg_temp.pgd_rel(d.sch, d.name, '{S}'));
  IF cur IS DISTINCT FROM d.owner THEN
    PERFORM pg_temp.pgd_do(s, 'set sequence owner', q, 'ALTER SEQUENCE ' || q || ' OWNED BY ' || d.owner,
                           'ALTER SEQUENCE ' || q || ' OWNED BY ' || coalesce(cur, 'NONE'));
  END IF;
END $f$;
