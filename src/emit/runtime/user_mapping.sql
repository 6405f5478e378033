-- User mappings: created when missing; one whose options differ is created again with them (a
-- mapping holds nothing else, and nothing depends on it).
CREATE TEMP TABLE pgd_user_mapping (PRIMARY KEY (step), srv text NOT NULL, usr text NOT NULL,  -- usr: a role or PUBLIC
  def text NOT NULL,        -- CREATE USER MAPPING ...
  options text) INHERITS (pg_temp.pgd_obj);   -- as PostgreSQL stores them, sorted: "name=value,..."

-- PUBLIC or the quoted role, as FOR takes it.
CREATE FUNCTION pg_temp.pgd_mapping_role(usr text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE WHEN usr = 'PUBLIC' THEN 'PUBLIC' ELSE pg_catalog.quote_ident(usr) END
$f$;

CREATE FUNCTION pg_temp.pgd_live_user_mapping(srv text, usr text) RETURNS oid LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT m.oid FROM pg_catalog.pg_user_mapping m JOIN pg_catalog.pg_foreign_server s ON s.oid = m.umserver
  WHERE s.srvname = srv AND m.umuser = CASE WHEN usr = 'PUBLIC' THEN 0 ELSE (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = usr) END
$f$;

-- CREATE USER MAPPING for a live mapping.
CREATE FUNCTION pg_temp.pgd_user_mapping_sql(um oid) RETURNS text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT 'CREATE USER MAPPING FOR ' || CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(m.umuser)) END ||
         ' SERVER ' || pg_catalog.quote_ident(s.srvname) || coalesce(pg_temp.pgd_options_sql(m.umoptions), '')
  FROM pg_catalog.pg_user_mapping m JOIN pg_catalog.pg_foreign_server s ON s.oid = m.umserver WHERE m.oid = um
$f$;

CREATE FUNCTION pg_temp.pgd_user_mapping(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_user_mapping; um oid; q text; drop_sql text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_user_mapping WHERE step = s;
  q := 'FOR ' || pg_temp.pgd_mapping_role(d.usr) || ' SERVER ' || pg_catalog.quote_ident(d.srv);
  drop_sql := 'DROP USER MAPPING ' || q;
  um := pg_temp.pgd_live_user_mapping(d.srv, d.usr);
  IF um IS NOT NULL AND coalesce((SELECT pg_catalog.string_agg(o, ',' ORDER BY o COLLATE "C") FROM pg_catalog.pg_user_mapping m, pg_catalog.unnest(m.umoptions) o
                                 WHERE m.oid = um), '') <> coalesce(d.options, '') THEN
    PERFORM pg_temp.pgd_do(s, 'drop user mapping', q, drop_sql, pg_temp.pgd_user_mapping_sql(um));
    IF pg_temp.pgd_verifying() THEN RETURN; END IF;
    um := NULL;
  END IF;
  IF um IS NULL THEN
    PERFORM pg_temp.pgd_do(s, 'create user mapping', q, d.def, 'DROP USER MAPPING IF EXISTS ' || q);
  END IF;
END $f$;
