-- Privileges and owner of one object. grants: "column|grantee|PRIVILEGE|grantable" each.
CREATE TEMP TABLE pgd_acl (PRIMARY KEY (step), kind text NOT NULL, name text NOT NULL, owner text,
  grants text[],
  revokes text[],        -- privileges PostgreSQL grants by itself that the desired schema revoked
  exact boolean NOT NULL DEFAULT false) INHERITS (pg_temp.pgd_obj);

CREATE FUNCTION pg_temp.pgd_acl_of(kind text, obj text, col text) RETURNS pg_catalog.aclitem[] LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE kind
    WHEN 'TABLE' THEN CASE WHEN col = '' THEN
        (SELECT coalesce(relacl, pg_catalog.acldefault('r', relowner)) FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass(obj))
      ELSE (SELECT attacl FROM pg_catalog.pg_attribute WHERE attrelid = pg_catalog.to_regclass(obj) AND attname = col) END
    WHEN 'SEQUENCE' THEN (SELECT coalesce(relacl, pg_catalog.acldefault('s', relowner)) FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass(obj))
    WHEN 'FUNCTION' THEN (SELECT coalesce(proacl, pg_catalog.acldefault('f', proowner)) FROM pg_catalog.pg_proc WHERE oid = pg_temp.pgd_regprocedure(obj))
    WHEN 'SCHEMA' THEN (SELECT coalesce(nspacl, pg_catalog.acldefault('n', nspowner)) FROM pg_catalog.pg_namespace WHERE nspname = obj)
    WHEN 'TYPE' THEN (SELECT coalesce(typacl, pg_catalog.acldefault('T', typowner)) FROM pg_catalog.pg_type WHERE oid = pg_catalog.to_regtype(obj))
  END
$f$;
-- The ACL as stored (NULL: the kind's default).
CREATE FUNCTION pg_temp.pgd_acl_raw(kind text, obj text) RETURNS pg_catalog.aclitem[] LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE kind
    WHEN 'TABLE' THEN (SELECT relacl FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass(obj))
    WHEN 'SEQUENCE' THEN (SELECT relacl FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass(obj))
    WHEN 'FUNCTION' THEN (SELECT proacl FROM pg_catalog.pg_proc WHERE oid = pg_temp.pgd_regprocedure(obj))
    WHEN 'SCHEMA' THEN (SELECT nspacl FROM pg_catalog.pg_namespace WHERE nspname = obj)
    WHEN 'TYPE' THEN (SELECT typacl FROM pg_catalog.pg_type WHERE oid = pg_catalog.to_regtype(obj))
  END
$f$;
CREATE FUNCTION pg_temp.pgd_owner_oid(kind text, obj text) RETURNS oid LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT CASE kind
    WHEN 'FUNCTION' THEN (SELECT proowner FROM pg_catalog.pg_proc WHERE oid = pg_temp.pgd_regprocedure(obj))
    WHEN 'SCHEMA' THEN (SELECT nspowner FROM pg_catalog.pg_namespace WHERE nspname = obj)
    WHEN 'TYPE' THEN (SELECT typowner FROM pg_catalog.pg_type WHERE oid = pg_catalog.to_regtype(obj))
    ELSE (SELECT relowner FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass(obj)) END
$f$;
-- "column|grantee|PRIVILEGE|grantable" of every privilege held on the object, the owner's aside.
CREATE FUNCTION pg_temp.pgd_privileges(kind text, obj text) RETURNS SETOF text LANGUAGE sql STABLE SET search_path = '' AS $f$
  SELECT c.col || '|' || CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee) END || '|' || a.privilege_type || '|' || a.is_grantable
  FROM (SELECT ''::text AS col UNION ALL SELECT attname::text FROM pg_catalog.pg_attribute
        WHERE kind = 'TABLE' AND attrelid = pg_catalog.to_regclass(obj) AND attnum > 0 AND NOT attisdropped) c,
       LATERAL pg_catalog.aclexplode(pg_temp.pgd_acl_of(kind, obj, c.col)) a
  WHERE a.grantee <> coalesce(pg_temp.pgd_owner_oid(kind, obj), 0)
$f$;

-- A role the desired schema grants to (or makes owner, or grants for) that this server does not
-- have: roles are not pgdrift's to create. The reconciler says so and goes on without it; the
-- verify script counts what is left undone.
CREATE FUNCTION pg_temp.pgd_role_missing(s integer, role text, what text) RETURNS boolean LANGUAGE plpgsql SET search_path = '' AS $f$
BEGIN
  IF role IN ('', 'PUBLIC') OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = role) OR pg_temp.pgd_verifying() THEN
    RETURN false;
  END IF;
  RAISE WARNING 'pgdrift: step %: role % does not exist: % left out (roles are not created)', s, pg_catalog.quote_ident(role), what;
  RETURN true;
END $f$;

CREATE FUNCTION pg_temp.pgd_acl(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_acl; sqlkind text; target text; cur text; g text; p text[]; held text[]; on_clause text; who text;
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_acl WHERE step = s;
  sqlkind := CASE d.kind WHEN 'FUNCTION' THEN 'ROUTINE' ELSE d.kind END;
  target := CASE d.kind WHEN 'SCHEMA' THEN pg_catalog.quote_ident(d.name) ELSE d.name END;
  IF pg_temp.pgd_owner_oid(d.kind, d.name) IS NULL THEN RETURN; END IF;  -- verifying: the object is reported missing
  cur := pg_catalog.pg_get_userbyid(pg_temp.pgd_owner_oid(d.kind, d.name));
  IF d.owner IS NOT NULL AND cur <> d.owner AND NOT pg_temp.pgd_role_missing(s, d.owner, 'owner of ' || d.kind || ' ' || target) THEN
    -- the undo gives the privileges back too: a new owner takes over what was granted to it
    PERFORM pg_temp.pgd_do(s, 'set owner', d.kind || ' ' || target, 'ALTER ' || sqlkind || ' ' || target || ' OWNER TO ' || pg_catalog.quote_ident(d.owner),
                           pg_temp.pgd_acl_sql(d.kind, target, pg_temp.pgd_acl_raw(d.kind, d.name), pg_temp.pgd_owner_oid(d.kind, d.name)));
  END IF;
  held := ARRAY(SELECT pg_temp.pgd_privileges(d.kind, d.name));
  FOREACH g IN ARRAY coalesce(d.grants, '{}') LOOP
    p := pg_catalog.string_to_array(g, '|');
    CONTINUE WHEN g = ANY (held) OR (p[4] = 'false' AND (p[1] || '|' || p[2] || '|' || p[3] || '|true') = ANY (held))
      OR (p[1] = '' AND p[2] = coalesce(d.owner, cur) AND EXISTS (  -- the owner's own, once the ACL is explicit
            SELECT 1 FROM pg_catalog.aclexplode(pg_temp.pgd_acl_raw(d.kind, d.name)) a
            WHERE a.grantee = pg_temp.pgd_owner_oid(d.kind, d.name) AND a.privilege_type = p[3]));
    on_clause := p[3] || CASE WHEN p[1] = '' THEN '' ELSE ' (' || pg_catalog.quote_ident(p[1]) || ')' END || ' ON ' || sqlkind || ' ' || target;
    CONTINUE WHEN pg_temp.pgd_role_missing(s, p[2], 'GRANT ' || on_clause);
    who := CASE WHEN p[2] = 'PUBLIC' THEN 'PUBLIC' ELSE pg_catalog.quote_ident(p[2]) END;
    PERFORM pg_temp.pgd_do(s, 'grant', d.kind || ' ' || target, 'GRANT ' || on_clause || ' TO ' || who || CASE WHEN p[4] = 'true' THEN ' WITH GRANT OPTION' ELSE '' END,
      CASE WHEN p[1] = '' AND p[2] = coalesce(d.owner, cur) AND pg_temp.pgd_acl_raw(d.kind, d.name) IS NULL
           THEN NULL  -- the owner held it already: the grant only made the default ACL explicit
           WHEN p[4] = 'true' AND (p[1] || '|' || p[2] || '|' || p[3] || '|false') = ANY (held)
           THEN 'REVOKE GRANT OPTION FOR ' || on_clause || ' FROM ' || who ELSE 'REVOKE ' || on_clause || ' FROM ' || who END);
  END LOOP;
  FOREACH g IN ARRAY coalesce(d.revokes, '{}') LOOP
    CONTINUE WHEN NOT g = ANY (held);
    p := pg_catalog.string_to_array(g, '|');
    on_clause := p[3] || CASE WHEN p[1] = '' THEN '' ELSE ' (' || pg_catalog.quote_ident(p[1]) || ')' END || ' ON ' || sqlkind || ' ' || target;
    who := CASE WHEN p[2] = 'PUBLIC' THEN 'PUBLIC' ELSE pg_catalog.quote_ident(p[2]) END;
    PERFORM pg_temp.pgd_do(s, 'revoke', d.kind || ' ' || target, 'REVOKE ' || on_clause || ' FROM ' || who, 'GRANT ' || on_clause || ' TO ' || who);
  END LOOP;
  IF d.exact THEN  -- privileges desired does not list
    FOREACH g IN ARRAY held LOOP
      p := pg_catalog.string_to_array(g, '|');
      CONTINUE WHEN g = ANY (coalesce(d.grants, '{}')) OR g = ANY (coalesce(d.revokes, '{}')) OR (p[1] || '|' || p[2] || '|' || p[3] || '|' || 'false') = ANY (coalesce(d.grants, '{}'));
      on_clause := p[3] || CASE WHEN p[1] = '' THEN '' ELSE ' (' || pg_catalog.quote_ident(p[1]) || ')' END || ' ON ' || sqlkind || ' ' || target;
      who := CASE WHEN p[2] = 'PUBLIC' THEN 'PUBLIC' ELSE pg_catalog.quote_ident(p[2]) END;
      PERFORM pg_temp.pgd_do(s, 'revoke', d.kind || ' ' || target, 'REVOKE ' || on_clause || ' FROM ' || who,
                             'GRANT ' || on_clause || ' TO ' || who || CASE WHEN p[4] = 'true' THEN ' WITH GRANT OPTION' ELSE '' END);
    END LOOP;
  END IF;
END $f$;

-- Default privileges: "role|schema|kind|grantee|PRIVILEGE|grantable" to grant and to revoke.
CREATE TEMP TABLE pgd_default_acl (PRIMARY KEY (step), grants text[], revokes text[]) INHERITS (pg_temp.pgd_obj);
CREATE FUNCTION pg_temp.pgd_has_default(g text[]) RETURNS boolean LANGUAGE sql STABLE SET search_path = '' AS $f$
  WITH role AS (SELECT CASE WHEN g[1] = '' THEN (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user)
                            ELSE (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = g[1]) END AS oid),
  acl AS (SELECT coalesce((SELECT d.defaclacl FROM pg_catalog.pg_default_acl d, role
                           WHERE d.defaclrole = role.oid AND d.defaclobjtype = g[3]::"char"
                             AND d.defaclnamespace = coalesce((SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = g[2]), 0)),
                          CASE WHEN g[2] = '' THEN pg_catalog.acldefault(g[3]::"char", (SELECT oid FROM role)) END) AS a)
  SELECT EXISTS (SELECT 1 FROM acl, pg_catalog.aclexplode(acl.a) e
                 WHERE e.grantee = CASE WHEN g[4] = 'PUBLIC' THEN 0::oid ELSE (SELECT x.oid FROM pg_catalog.pg_roles x WHERE x.rolname = g[4]) END
                   AND e.privilege_type = g[5])
$f$;
CREATE FUNCTION pg_temp.pgd_default_acl_sql(g text[], grant_it boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT 'ALTER DEFAULT PRIVILEGES' || CASE WHEN g[1] = '' THEN '' ELSE ' FOR ROLE ' || pg_catalog.quote_ident(g[1]) END ||
         CASE WHEN g[2] = '' THEN '' ELSE ' IN SCHEMA ' || pg_catalog.quote_ident(g[2]) END ||
         CASE WHEN grant_it THEN ' GRANT ' ELSE ' REVOKE ' END || g[5] || ' ON ' ||
         CASE g[3] WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS' WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END ||
         CASE WHEN grant_it THEN ' TO ' ELSE ' FROM ' END || CASE WHEN g[4] = 'PUBLIC' THEN 'PUBLIC' ELSE pg_catalog.quote_ident(g[4]) END ||
         CASE WHEN grant_it AND g[6] = 'true' THEN ' WITH GRANT OPTION' ELSE '' END
$f$;
CREATE FUNCTION pg_temp.pgd_default_acl(s integer) RETURNS void LANGUAGE plpgsql SET search_path = '' AS $f$
DECLARE d pg_temp.pgd_default_acl; g text; p text[];
BEGIN
  SELECT * INTO d FROM pg_temp.pgd_default_acl WHERE step = s;
  FOREACH g IN ARRAY coalesce(d.grants, '{}') LOOP
    p := pg_catalog.string_to_array(g, '|');
    CONTINUE WHEN pg_temp.pgd_role_missing(s, p[1], pg_temp.pgd_default_acl_sql(p, true)) OR pg_temp.pgd_role_missing(s, p[4], pg_temp.pgd_default_acl_sql(p, true))
               OR pg_temp.pgd_has_default(p);
    PERFORM pg_temp.pgd_do(s, 'grant default privilege', 'default privileges', pg_temp.pgd_default_acl_sql(p, true), pg_temp.pgd_default_acl_sql(p, false));
  END LOOP;
  FOREACH g IN ARRAY coalesce(d.revokes, '{}') LOOP
    p := pg_catalog.string_to_array(g, '|');
    CONTINUE WHEN NOT pg_temp.pgd_has_default(p);
    PERFORM pg_temp.pgd_do(s, 'revoke default privilege', 'default privileges', pg_temp.pgd_default_acl_sql(p, false), pg_temp.pgd_default_acl_sql(p, true));
  END LOOP;
END $f$;
