CREATE TEMP TABLE pgd_rule (PRIMARY KEY (step), sch text NOT NULL, tab text NOT NULL, name text NOT NULL,
  def text NOT NULL,       -- CREATE RULE ...
  enabled "char" NOT NULL DEFAULT 'O', comment text) INHERITS (pg_temp.pgd_obj);

-- A rule as pg_get_ruledef prints it, its relation's name replaced by '@' (so that a probe's
-- compares with the live one's).
CREATE FUNCTION pg_temp.pgd_rule_text(r oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT pg_catalog.regexp_replace(pg_catalog.pg_get_ruledef(x.oid), ' TO \S+(\s+)(WHERE|DO)', ' TO @\1\2')
  FROM pg_catalog.pg_rewrite x WHERE x.oid = r
$f$;

CREATE FUNCTION pg_temp.pgd_rule(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_rule; rel oid; x record; q text; id text; same boolean; probe text; drop_sql text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_rule WHERE step = s;
  rel := pg_temp.pgd_rel(d.sch, d.tab, '{r,p,v,m,f}');
  IF rel IS NULL THEN RETURN; END IF;
  q := pg_temp.pgd_q(d.sch, d.tab);
  id := q || '.' || pg_catalog.quote_ident(d.name);
  drop_sql := 'DROP RULE IF EXISTS ' || pg_catalog.quote_ident(d.name) || ' ON ' || q;
  SELECT oid, ev_enabled INTO x FROM pg_catalog.pg_rewrite WHERE ev_class = rel AND rulename = d.name;
  IF x.oid IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create rule', id, d.def, drop_sql);
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    SELECT oid, ev_enabled INTO x FROM pg_catalog.pg_rewrite WHERE ev_class = rel AND rulename = d.name;
  ELSE
    probe := pg_temp.pgd_probe_table(d.sch, d.tab);
    PERFORM pg_temp.pgd_execute(pg_catalog.replace(d.def, ' TO ' || q || ' ', ' TO ' || probe || ' '));
    same := pg_temp.pgd_rule_text(x.oid) = (SELECT pg_temp.pgd_rule_text(p.oid) FROM pg_catalog.pg_rewrite p
                                            WHERE p.ev_class = probe::pg_catalog.regclass AND p.rulename = d.name);
    PERFORM pg_temp.pgd_probe_done(d.tab);
    IF NOT same THEN
      PERFORM pg_temp.pgd_do(s, 'replace rule', id, 'CREATE OR REPLACE' || pg_catalog.substr(d.def, 7),  -- both begin 'CREATE RULE'
        'CREATE OR REPLACE' || pg_catalog.substr(pg_temp.pgd_object_sql('pg_catalog.pg_rewrite'::pg_catalog.regclass, x.oid), 7));
    END IF;
  END IF;
  IF x.ev_enabled <> d.enabled THEN
    PERFORM pg_temp.pgd_do(s, 'set rule state', id, pg_temp.pgd_fires_sql(q, 'RULE', d.name, d.enabled),
                           pg_temp.pgd_fires_sql(q, 'RULE', d.name, x.ev_enabled));
  END IF;
  PERFORM pg_temp.pgd_comment(s, id, 'RULE ' || pg_catalog.quote_ident(d.name) || ' ON ' || q,
                              pg_temp.pgd_description(x.oid, 'pg_catalog.pg_rewrite'::pg_catalog.regclass), d.comment);
END $f$;
