-- A deterministic text snapshot of a database's schema, read from pg_catalog, for comparing two
-- databases: one line per object, "kind<TAB>key<TAB>attribute=value<TAB>...", sorted (C order).
-- Column order and OIDs are ignored; names are schema-qualified (search_path is empty).
-- Left out: schemas pg_catalog, information_schema, pg_toast*, pg_temp*, pgdrift, pgdrift_backup,
-- the schemas in the psql variable "exclude" (a text[] literal such as '{auth,storage}'), and
-- objects that belong to an extension.
--
-- With -v acl=on, privileges (ACLs with role names) and owners are part of the lines too (a
-- relation's, routine's, type's or schema's ACL equal to its default (as a GRANT to its owner or
-- a REVOKE of what nobody held leaves it) counts as the default:
-- pg_dump prints nothing for it either). An ACL item is shown without its grantor: who granted
-- a privilege says nothing about who holds it, and PostgreSQL records the grantor differently
-- for grants made by a superuser and by the owner.
--
--   psql -X -q -At -v ON_ERROR_STOP=1 -v exclude='{auth}' -v acl=off -d DB -f catalog_snapshot.sql
-- (tests/lib.sh: snapshot DB OUT [POLICY_FILE]; SNAPSHOT_ACL=on)
SET search_path = '';

-- Every CTE is MATERIALIZED: planned once instead of inlined (and copied) into each query that
-- reads it, which took 40 % off the planning time of a fresh connection (this query runs on a
-- fresh connection thousands of times in the server suites).
WITH ns AS MATERIALIZED (
  SELECT n.oid, n.nspname
  FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgdrift', 'pgdrift_backup')
    AND n.nspname NOT LIKE 'pg\_toast%'
    AND n.nspname NOT LIKE 'pg\_temp\_%'
    AND n.nspname <> ALL (:'exclude'::text[])
),
-- relations of the schemas in scope that are not part of an extension
rel AS MATERIALIZED (
  SELECT c.oid, c.relname, c.relkind, c.relpersistence,
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS qname
  FROM pg_catalog.pg_class c
  JOIN ns ON ns.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND d.objid = c.oid AND d.deptype = 'e')
),
tbl AS MATERIALIZED (
  SELECT * FROM rel WHERE relkind IN ('r', 'p', 'f')
),
schemas AS MATERIALIZED (
  SELECT 'schema' AS kind, pg_catalog.quote_ident(ns.nspname) AS key,
         concat_ws(E'\t',
           'comment=' || coalesce(pg_catalog.obj_description(ns.oid, 'pg_namespace'), ''),
           CASE WHEN :'acl' = 'on' THEN (SELECT 'acl=' || coalesce((SELECT string_agg(pg_catalog.split_part(x::text, '/', 1), ',' ORDER BY pg_catalog.split_part(x::text, '/', 1)) FROM pg_catalog.unnest(CASE WHEN n.nspacl = pg_catalog.acldefault('n', n.nspowner) THEN NULL ELSE n.nspacl END) x), '') || E'\towner='
                                                  || pg_catalog.pg_get_userbyid(n.nspowner)
                                         FROM pg_catalog.pg_namespace n WHERE n.oid = ns.oid) END) AS attrs
  FROM ns
),
extensions AS MATERIALIZED (
  SELECT 'extension', pg_catalog.quote_ident(e.extname),
         'schema=' || pg_catalog.quote_ident(ns.nspname) || E'\tversion=' || e.extversion
  FROM pg_catalog.pg_extension e
  JOIN ns ON ns.oid = e.extnamespace
),
enums AS MATERIALIZED (
  SELECT 'enum',
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(t.typname),
         'labels=' || coalesce(string_agg(pg_catalog.quote_literal(e.enumlabel), ','
                                          ORDER BY e.enumsortorder), '')
         || E'\tcomment=' || coalesce(pg_catalog.obj_description(t.oid, 'pg_type'), '')
  FROM pg_catalog.pg_type t
  JOIN ns ON ns.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
  WHERE t.typtype = 'e'
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND d.objid = t.oid AND d.deptype = 'e')
  GROUP BY ns.nspname, t.typname, t.oid
),
-- the column a sequence belongs to: OWNED BY (deptype a) or identity (deptype i)
seq_owner AS MATERIALIZED (
  SELECT d.objid AS seqid, d.deptype,
         pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.relname) || '.'
           || pg_catalog.quote_ident(a.attname) AS owner
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
  JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
  JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.deptype IN ('a', 'i')
),
sequences AS MATERIALIZED (
  SELECT 'sequence', rel.qname,
         concat_ws(E'\t',
           'type=' || pg_catalog.format_type(s.seqtypid, NULL),
           'start=' || s.seqstart, 'increment=' || s.seqincrement,
           'min=' || s.seqmin, 'max=' || s.seqmax, 'cache=' || s.seqcache,
           'cycle=' || s.seqcycle,
           'owned_by=' || coalesce(o.owner, ''),
           'identity=' || (o.deptype IS NOT DISTINCT FROM 'i'),
           'comment=' || coalesce(pg_catalog.obj_description(rel.oid, 'pg_class'), ''),
           CASE WHEN :'acl' = 'on' THEN 'acl=' || coalesce((SELECT string_agg(pg_catalog.split_part(x::text, '/', 1), ',' ORDER BY pg_catalog.split_part(x::text, '/', 1)) FROM pg_catalog.unnest(CASE WHEN c.relacl = pg_catalog.acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner) THEN NULL ELSE c.relacl END) x), '') || E'\towner='
                  || pg_catalog.pg_get_userbyid(c.relowner) END)
  FROM pg_catalog.pg_sequence s
  JOIN rel ON rel.oid = s.seqrelid
  JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
  LEFT JOIN seq_owner o ON o.seqid = s.seqrelid
),
tables AS MATERIALIZED (
  SELECT 'table', tbl.qname,
         concat_ws(E'\t',
           'partitioned=' || (tbl.relkind = 'p'),
           'unlogged=' || (tbl.relpersistence = 'u'),
           'access_method=' || coalesce((SELECT a.amname FROM pg_catalog.pg_am a WHERE a.oid = c.relam), ''),
           'rls=' || c.relrowsecurity || ',' || c.relforcerowsecurity,
           'replica_identity=' || c.relreplident::text
             || coalesce(' ' || (SELECT ic.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
                                 WHERE i.indrelid = tbl.oid AND i.indisreplident), ''),
           'partition_key=' || coalesce(pg_catalog.pg_get_partkeydef(tbl.oid), ''),
           'partition_of=' || coalesce((SELECT i.inhparent::pg_catalog.regclass::text || ' '
                                                 || pg_catalog.pg_get_expr(c.relpartbound, c.oid)
                                        FROM pg_catalog.pg_inherits i WHERE i.inhrelid = tbl.oid AND c.relispartition), ''),
           'inherits=' || coalesce((SELECT string_agg(i.inhparent::pg_catalog.regclass::text, ',' ORDER BY i.inhseqno)
                                    FROM pg_catalog.pg_inherits i WHERE i.inhrelid = tbl.oid AND NOT c.relispartition), ''),
           'comment=' || coalesce(pg_catalog.obj_description(tbl.oid, 'pg_class'), ''),
           'of_type=' || CASE WHEN c.reloftype <> 0 THEN c.reloftype::pg_catalog.regtype::text ELSE '' END,
           'foreign=' || coalesce((SELECT pg_catalog.quote_ident(fs.srvname) || coalesce(' ' || ft.ftoptions::text, '')
                                   FROM pg_catalog.pg_foreign_table ft
                                   JOIN pg_catalog.pg_foreign_server fs ON fs.oid = ft.ftserver
                                   WHERE ft.ftrelid = tbl.oid), ''),
           'options=' || coalesce(pg_catalog.array_to_string(ARRAY(SELECT o FROM pg_catalog.unnest(c.reloptions) o ORDER BY 1), ','), '')
             || coalesce(' toast:' || (SELECT NULLIF(pg_catalog.array_to_string(ARRAY(SELECT o FROM pg_catalog.unnest(t.reloptions) o ORDER BY 1), ','), '')
                                       FROM pg_catalog.pg_class t WHERE t.oid = c.reltoastrelid), ''),
           acl.text)
  FROM tbl
  JOIN pg_catalog.pg_class c ON c.oid = tbl.oid
  CROSS JOIN LATERAL (SELECT CASE WHEN :'acl' = 'on' THEN 'acl=' || coalesce((SELECT string_agg(pg_catalog.split_part(x::text, '/', 1), ',' ORDER BY pg_catalog.split_part(x::text, '/', 1)) FROM pg_catalog.unnest(CASE WHEN c.relacl = pg_catalog.acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner) THEN NULL ELSE c.relacl END) x), '') || E'\towner='
                                    || pg_catalog.pg_get_userbyid(c.relowner) END AS text) acl
),
views AS MATERIALIZED (
  SELECT 'view', v.qname,
         concat_ws(E'\t',
           'kind=' || v.relkind::text,
           'def=' || pg_catalog.pg_get_viewdef(v.oid),
           -- options in name order, boolean view options in one spelling (PostgreSQL reads on/true alike)
           'options=' || pg_catalog.regexp_replace(
                           coalesce(pg_catalog.array_to_string(ARRAY(SELECT o FROM pg_catalog.unnest(c.reloptions) o ORDER BY 1), ','), ''),
                           '(security_barrier|security_invoker)=(on|yes|1|t)\M', '\1=true', 'g'),
           'comment=' || coalesce(pg_catalog.obj_description(v.oid, 'pg_class'), ''),
           'column_comments=' || coalesce((SELECT string_agg(a.attname || ':' || pg_catalog.col_description(v.oid, a.attnum), ','
                                                             ORDER BY a.attnum)
                                           FROM pg_catalog.pg_attribute a
                                           WHERE a.attrelid = v.oid AND a.attnum > 0
                                             AND pg_catalog.col_description(v.oid, a.attnum) IS NOT NULL), ''),
           'column_defaults=' || coalesce((SELECT string_agg(a.attname || ':' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), ','
                                                             ORDER BY a.attnum)
                                           FROM pg_catalog.pg_attrdef ad
                                           JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
                                           WHERE ad.adrelid = v.oid), ''),
           CASE WHEN :'acl' = 'on' THEN 'acl=' || coalesce((SELECT string_agg(pg_catalog.split_part(x::text, '/', 1), ',' ORDER BY pg_catalog.split_part(x::text, '/', 1)) FROM pg_catalog.unnest(CASE WHEN c.relacl = pg_catalog.acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner) THEN NULL ELSE c.relacl END) x), '') || E'\towner='
                  || pg_catalog.pg_get_userbyid(c.relowner) END)
  FROM rel v
  JOIN pg_catalog.pg_class c ON c.oid = v.oid
  WHERE v.relkind IN ('v', 'm')
),
functions AS MATERIALIZED (
  SELECT 'function',
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(p.proname)
           || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
         concat_ws(E'\t',
           'def=' || pg_catalog.pg_get_functiondef(p.oid),
           'comment=' || coalesce(pg_catalog.obj_description(p.oid, 'pg_proc'), ''),
           CASE WHEN :'acl' = 'on' THEN 'acl=' || coalesce((SELECT string_agg(pg_catalog.split_part(x::text, '/', 1), ',' ORDER BY pg_catalog.split_part(x::text, '/', 1)) FROM pg_catalog.unnest(CASE WHEN p.proacl = pg_catalog.acldefault('f', p.proowner) THEN NULL ELSE p.proacl END) x), '') || E'\towner='
                  || pg_catalog.pg_get_userbyid(p.proowner) END)
  FROM pg_catalog.pg_proc p
  JOIN ns ON ns.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                      AND d.objid = p.oid AND d.deptype = 'e')
),
aggregates AS MATERIALIZED (
  SELECT 'aggregate',
         pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(p.proname)
           || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
         concat_ws(E'\t',
           'kind=' || a.aggkind::text, 'direct=' || a.aggnumdirectargs,
           'sfunc=' || a.aggtransfn::pg_catalog.regprocedure::text,
           'stype=' || pg_catalog.format_type(a.aggtranstype, NULL),
           'finalfunc=' || coalesce(nullif(a.aggfinalfn, 0)::pg_catalog.regprocedure::text, ''),
           'combinefunc=' || coalesce(nullif(a.aggcombinefn, 0)::pg_catalog.regprocedure::text, ''),
           'msfunc=' || coalesce(nullif(a.aggmtransfn, 0)::pg_catalog.regprocedure::text, ''),
           'initcond=' || coalesce(a.agginitval, ''),
           'sortop=' || coalesce(nullif(a.aggsortop, 0)::pg_catalog.regoperator::text, ''),
           'parallel=' || p.proparallel::text,
           'comment=' || coalesce(pg_catalog.obj_description(p.oid, 'pg_proc'), ''),
           CASE WHEN :'acl' = 'on' THEN 'acl=' || coalesce((SELECT string_agg(pg_catalog.split_part(x::text, '/', 1), ',' ORDER BY pg_catalog.split_part(x::text, '/', 1)) FROM pg_catalog.unnest(CASE WHEN p.proacl = pg_catalog.acldefault('f', p.proowner) THEN NULL ELSE p.proacl END) x), '') || E'\towner='
                  || pg_catalog.pg_get_userbyid(p.proowner) END)
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
  JOIN ns ON ns.oid = p.pronamespace
  WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                      AND d.objid = p.oid AND d.deptype = 'e')
),
-- Every other object a database holds that is not built in (OID >= 16384) nor part of an
-- extension, by its identity and, where one column or function shows it, its definition: a
-- kind the lines above do not detail (casts, rules, foreign servers, operators, collations,
-- event triggers, default privileges, ...) still counts.
other_objects AS MATERIALIZED (
  SELECT 'pg_catalog.pg_cast'::pg_catalog.regclass AS classid, c.oid AS objid, NULL::pg_catalog.oid AS nsp,
         concat_ws(E'\t', 'func=' || coalesce(nullif(c.castfunc, 0)::pg_catalog.regprocedure::text, ''),
                   'context=' || c.castcontext::text, 'method=' || c.castmethod::text) AS attrs
  FROM pg_catalog.pg_cast c WHERE c.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid, c.relnamespace,
         concat_ws(E'\t', 'def=' || pg_catalog.pg_get_ruledef(r.oid), 'enabled=' || r.ev_enabled::text)
  FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class WHERE r.oid >= 16384 AND r.rulename <> '_RETURN'
  UNION ALL
  SELECT 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, w.oid, NULL,
         concat_ws(E'\t', 'handler=' || w.fdwhandler::pg_catalog.regproc::text, 'validator=' || w.fdwvalidator::pg_catalog.regproc::text,
                   'options=' || coalesce(w.fdwoptions::text, ''))
  FROM pg_catalog.pg_foreign_data_wrapper w WHERE w.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, s.oid, NULL,
         concat_ws(E'\t', 'fdw=' || (SELECT w.fdwname FROM pg_catalog.pg_foreign_data_wrapper w WHERE w.oid = s.srvfdw),
                   'type=' || coalesce(s.srvtype, ''), 'version=' || coalesce(s.srvversion, ''), 'options=' || coalesce((SELECT string_agg(o, ',' ORDER BY o COLLATE "C") FROM unnest(s.srvoptions) o), ''))
  FROM pg_catalog.pg_foreign_server s WHERE s.oid >= 16384
  UNION ALL
  -- options sorted: their order means nothing (pg_dump sorts them too)
  SELECT 'pg_catalog.pg_user_mapping'::pg_catalog.regclass, u.oid, NULL,
         'options=' || coalesce((SELECT string_agg(o, ',' ORDER BY o COLLATE "C") FROM unnest(u.umoptions) o), '')
  FROM pg_catalog.pg_user_mapping u WHERE u.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, o.oprnamespace,
         concat_ws(E'\t', 'code=' || o.oprcode::pg_catalog.regproc::text, 'commutator=' || o.oprcom::pg_catalog.regoper::text,
                   'negator=' || o.oprnegate::pg_catalog.regoper::text, 'restrict=' || o.oprrest::pg_catalog.regproc::text,
                   'join=' || o.oprjoin::pg_catalog.regproc::text, 'hashes=' || o.oprcanhash, 'merges=' || o.oprcanmerge,
                   'comment=' || coalesce(pg_catalog.obj_description(o.oid, 'pg_operator'), ''))
  FROM pg_catalog.pg_operator o WHERE o.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, o.oid, o.opcnamespace,
         concat_ws(E'\t', 'default=' || o.opcdefault, 'type=' || pg_catalog.format_type(o.opcintype, NULL),
                   'family=' || (SELECT quote_ident(n.nspname) || '.' || quote_ident(f.opfname) FROM pg_catalog.pg_opfamily f
                                 JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace WHERE f.oid = o.opcfamily),
                   'storage=' || coalesce(nullif(o.opckeytype, 0)::pg_catalog.regtype::text, ''),
                   'comment=' || coalesce(pg_catalog.obj_description(o.oid, 'pg_opclass'), ''))
  FROM pg_catalog.pg_opclass o WHERE o.oid >= 16384
  UNION ALL
  -- every member of a family, its classes' included
  SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, o.oid, o.opfnamespace,
         concat_ws(E'\t', 'operators=' || coalesce((SELECT string_agg(a.amopstrategy || ':' || a.amopopr::pg_catalog.regoperator::text || ':' || a.amoppurpose::text,
                                                               ',' ORDER BY a.amopstrategy, a.amopopr::pg_catalog.regoperator::text COLLATE "C")
                                                    FROM pg_catalog.pg_amop a WHERE a.amopfamily = o.oid), ''),
                   'functions=' || coalesce((SELECT string_agg(p.amprocnum || ':' || pg_catalog.format_type(p.amproclefttype, NULL) || ',' ||
                                                               pg_catalog.format_type(p.amprocrighttype, NULL) || ':' || p.amproc::pg_catalog.regprocedure::text,
                                                               ',' ORDER BY p.amprocnum, p.amproc::pg_catalog.regprocedure::text COLLATE "C")
                                                    FROM pg_catalog.pg_amproc p WHERE p.amprocfamily = o.oid), ''),
                   'comment=' || coalesce(pg_catalog.obj_description(o.oid, 'pg_opfamily'), ''))
  FROM pg_catalog.pg_opfamily o WHERE o.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, c.oid, c.collnamespace,
         concat_ws(E'\t', 'provider=' || c.collprovider::text, 'deterministic=' || c.collisdeterministic,
                   'collate=' || coalesce(c.collcollate, ''), 'ctype=' || coalesce(c.collctype, ''), 'locale=' || coalesce(c.colliculocale, ''))
  FROM pg_catalog.pg_collation c WHERE c.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, c.oid, c.connamespace,
         concat_ws(E'\t', 'proc=' || c.conproc::pg_catalog.regproc::text, 'for=' || pg_catalog.pg_encoding_to_char(c.conforencoding),
                   'to=' || pg_catalog.pg_encoding_to_char(c.contoencoding), 'default=' || c.condefault,
                   'comment=' || coalesce(pg_catalog.obj_description(c.oid, 'pg_conversion'), ''))
  FROM pg_catalog.pg_conversion c WHERE c.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, c.oid, c.cfgnamespace,
         concat_ws(E'\t', 'parser=' || (SELECT quote_ident(n.nspname) || '.' || quote_ident(p.prsname) FROM pg_catalog.pg_ts_parser p
                                          JOIN pg_catalog.pg_namespace n ON n.oid = p.prsnamespace WHERE p.oid = c.cfgparser),
                   'mappings=' || coalesce((SELECT string_agg(t.alias || ':' || m.mapseqno || ':' || m.mapdict::pg_catalog.regdictionary::text, ','
                                                               ORDER BY t.alias COLLATE "C", m.mapseqno)
                                            FROM pg_catalog.pg_ts_config_map m, pg_catalog.ts_token_type(c.cfgparser) t
                                            WHERE m.mapcfg = c.oid AND t.tokid = m.maptokentype), ''))
  FROM pg_catalog.pg_ts_config c WHERE c.oid >= 16384
  UNION ALL
  -- options sorted: ALTER moves a changed option to the end, which means nothing
  SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, d.oid, d.dictnamespace,
         concat_ws(E'\t', 'template=' || (SELECT quote_ident(n.nspname) || '.' || quote_ident(t.tmplname) FROM pg_catalog.pg_ts_template t
                                            JOIN pg_catalog.pg_namespace n ON n.oid = t.tmplnamespace WHERE t.oid = d.dicttemplate),
                   'options=' || coalesce((SELECT string_agg(o, ', ' ORDER BY o COLLATE "C") FROM regexp_split_to_table(d.dictinitoption, ', ') o), ''))
  FROM pg_catalog.pg_ts_dict d WHERE d.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, p.oid, p.prsnamespace,
         concat_ws(E'\t', 'start=' || p.prsstart::pg_catalog.regproc::text, 'token=' || p.prstoken::pg_catalog.regproc::text,
                   'end=' || p.prsend::pg_catalog.regproc::text, 'lextypes=' || p.prslextype::pg_catalog.regproc::text,
                   'headline=' || p.prsheadline::pg_catalog.regproc::text, 'comment=' || coalesce(pg_catalog.obj_description(p.oid, 'pg_ts_parser'), ''))
  FROM pg_catalog.pg_ts_parser p WHERE p.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, t.oid, t.tmplnamespace,
         concat_ws(E'\t', 'init=' || t.tmplinit::pg_catalog.regproc::text, 'lexize=' || t.tmpllexize::pg_catalog.regproc::text,
                   'comment=' || coalesce(pg_catalog.obj_description(t.oid, 'pg_ts_template'), ''))
  FROM pg_catalog.pg_ts_template t WHERE t.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_event_trigger'::pg_catalog.regclass, e.oid, NULL,
         concat_ws(E'\t', 'event=' || e.evtevent, 'function=' || e.evtfoid::pg_catalog.regprocedure::text,
                   'enabled=' || e.evtenabled::text, 'tags=' || coalesce(e.evttags::text, ''))
  FROM pg_catalog.pg_event_trigger e WHERE e.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, s.oid, s.stxnamespace, 'def=' || pg_catalog.pg_get_statisticsobjdef(s.oid) || E'\ttarget=' || s.stxstattarget
  FROM pg_catalog.pg_statistic_ext s WHERE s.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_transform'::pg_catalog.regclass, t.oid, NULL,
         concat_ws(E'\t', 'fromsql=' || t.trffromsql::pg_catalog.regprocedure::text, 'tosql=' || t.trftosql::pg_catalog.regprocedure::text,
                   'comment=' || coalesce(pg_catalog.obj_description(t.oid, 'pg_transform'), ''))
  FROM pg_catalog.pg_transform t WHERE t.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_language'::pg_catalog.regclass, l.oid, NULL,
         concat_ws(E'\t', 'trusted=' || l.lanpltrusted, 'handler=' || l.lanplcallfoid::pg_catalog.regproc::text,
                   'inline=' || l.laninline::pg_catalog.regproc::text, 'validator=' || l.lanvalidator::pg_catalog.regproc::text,
                   'comment=' || coalesce(pg_catalog.obj_description(l.oid, 'pg_language'), ''))
  FROM pg_catalog.pg_language l WHERE l.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_am'::pg_catalog.regclass, a.oid, NULL,
         concat_ws(E'\t', 'type=' || a.amtype::text, 'handler=' || a.amhandler::pg_catalog.regproc::text,
                   'comment=' || coalesce(pg_catalog.obj_description(a.oid, 'pg_am'), ''))
  FROM pg_catalog.pg_am a WHERE a.oid >= 16384
  UNION ALL
  SELECT 'pg_catalog.pg_default_acl'::pg_catalog.regclass, d.oid, nullif(d.defaclnamespace, 0),
         CASE WHEN :'acl' = 'on' THEN 'acl=' || coalesce((SELECT string_agg(pg_catalog.split_part(x::text, '/', 1), ',' ORDER BY pg_catalog.split_part(x::text, '/', 1)) FROM pg_catalog.unnest(d.defaclacl) x), '') END
  FROM pg_catalog.pg_default_acl d WHERE d.oid >= 16384 AND :'acl' = 'on'
),
others AS MATERIALIZED (
  SELECT 'object', pg_catalog.pg_describe_object(o.classid, o.objid, 0), coalesce(o.attrs, '')
  FROM other_objects o
  WHERE o.objid >= 16384
    AND (o.nsp IS NULL OR o.nsp IN (SELECT ns.oid FROM ns))
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = o.classid AND d.objid = o.objid AND d.deptype = 'e')
),
triggers AS MATERIALIZED (
  SELECT 'trigger', tbl.qname || '.' || pg_catalog.quote_ident(t.tgname),
         concat_ws(E'\t',
           'def=' || pg_catalog.pg_get_triggerdef(t.oid),
           'enabled=' || t.tgenabled::text,
           'comment=' || coalesce(pg_catalog.obj_description(t.oid, 'pg_trigger'), ''))
  FROM pg_catalog.pg_trigger t
  JOIN rel tbl ON tbl.oid = t.tgrelid
  WHERE NOT t.tgisinternal
),
policies AS MATERIALIZED (
  SELECT 'policy',
         pg_catalog.quote_ident(p.schemaname) || '.' || pg_catalog.quote_ident(p.tablename) || '.'
           || pg_catalog.quote_ident(p.policyname),
         concat_ws(E'\t',
           'permissive=' || p.permissive, 'cmd=' || p.cmd, 'roles=' || p.roles::text,
           'using=' || coalesce(p.qual, ''), 'check=' || coalesce(p.with_check, ''))
  FROM pg_catalog.pg_policies p
  JOIN ns ON ns.nspname = p.schemaname
),
types AS MATERIALIZED (
  SELECT 'type', pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(t.typname),
         concat_ws(E'\t',
           'typtype=' || t.typtype::text,
           'base=' || CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) ELSE '' END,
           'not_null=' || t.typnotnull,
           'default=' || coalesce(t.typdefault, ''),
           'checks=' || coalesce((SELECT string_agg(con.conname || ' ' || pg_catalog.pg_get_constraintdef(con.oid), ';'
                                                    ORDER BY con.conname)
                                  FROM pg_catalog.pg_constraint con WHERE con.contypid = t.oid), ''),
           'attributes=' || coalesce((SELECT string_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ','
                                                        ORDER BY a.attnum)
                                      FROM pg_catalog.pg_attribute a
                                      WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), ''),
           'range=' || coalesce((SELECT pg_catalog.format_type(r.rngsubtype, NULL) || ' ' || r.rngcanonical::pg_catalog.regproc::text || ' ' ||
                                        r.rngsubdiff::pg_catalog.regproc::text FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid), ''),
           'comment=' || coalesce(pg_catalog.obj_description(t.oid, 'pg_type'), ''),
           CASE WHEN :'acl' = 'on' THEN 'acl=' || coalesce((SELECT string_agg(pg_catalog.split_part(x::text, '/', 1), ',' ORDER BY pg_catalog.split_part(x::text, '/', 1)) FROM pg_catalog.unnest(CASE WHEN t.typacl = pg_catalog.acldefault('T', t.typowner) THEN NULL ELSE t.typacl END) x), '') || E'\towner='
                  || pg_catalog.pg_get_userbyid(t.typowner) END)
  FROM pg_catalog.pg_type t
  JOIN ns ON ns.oid = t.typnamespace
  WHERE (t.typtype IN ('d', 'r') OR (t.typtype = 'c' AND (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c'))
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND d.objid = t.oid AND d.deptype = 'e')
),
columns AS MATERIALIZED (
  SELECT 'column', tbl.qname || '.' || pg_catalog.quote_ident(a.attname),
         concat_ws(E'\t',
           'type=' || pg_catalog.format_type(a.atttypid, a.atttypmod),
           'not_null=' || a.attnotnull,
           'default=' || CASE WHEN a.attgenerated = '' THEN
                           coalesce(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END,
           'generated=' || CASE WHEN a.attgenerated <> '' THEN
                             coalesce(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END,
           'identity=' || a.attidentity::text,
           'collation=' || CASE WHEN a.attcollation <> ty.typcollation THEN
                             pg_catalog.quote_ident(cn.nspname) || '.'
                               || pg_catalog.quote_ident(co.collname) ELSE '' END,
           'comment=' || coalesce(pg_catalog.col_description(a.attrelid, a.attnum), ''),
           'statistics=' || a.attstattarget,
           'storage=' || CASE WHEN a.attstorage <> ty.typstorage THEN a.attstorage::text ELSE '' END,
           'compression=' || a.attcompression::text,
           'options=' || coalesce(pg_catalog.array_to_string(ARRAY(SELECT o FROM pg_catalog.unnest(a.attoptions) o ORDER BY 1), ','), ''),
           CASE WHEN :'acl' = 'on' THEN 'acl=' || coalesce((SELECT string_agg(pg_catalog.split_part(x::text, '/', 1), ',' ORDER BY pg_catalog.split_part(x::text, '/', 1)) FROM pg_catalog.unnest(a.attacl) x), '') END)
  FROM tbl
  JOIN pg_catalog.pg_attribute a ON a.attrelid = tbl.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
),
constraints AS MATERIALIZED (
  SELECT 'constraint', tbl.qname || '.' || pg_catalog.quote_ident(con.conname),
         concat_ws(E'\t',
           'def=' || pg_catalog.pg_get_constraintdef(con.oid),
           'validated=' || con.convalidated,
           'clustered=' || coalesce((SELECT i.indisclustered FROM pg_catalog.pg_index i WHERE i.indexrelid = con.conindid AND con.contype IN ('p', 'u', 'x')), false),
           'comment=' || coalesce(pg_catalog.obj_description(con.oid, 'pg_constraint'), ''))
  FROM pg_catalog.pg_constraint con
  JOIN tbl ON tbl.oid = con.conrelid
),
indexes AS MATERIALIZED (
  SELECT 'index', ix.qname,
         concat_ws(E'\t',
           'def=' || pg_catalog.pg_get_indexdef(ix.oid),
           'clustered=' || i.indisclustered,
           'statistics=' || coalesce((SELECT string_agg(a.attnum || ':' || a.attstattarget, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
                                      WHERE a.attrelid = ix.oid AND a.attstattarget >= 0), ''),
           'comment=' || coalesce(pg_catalog.obj_description(ix.oid, 'pg_class'), ''))
  FROM rel ix
  JOIN pg_catalog.pg_index i ON i.indexrelid = ix.oid
  WHERE ix.relkind IN ('i', 'I')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                    WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                      AND con.contype IN ('p', 'u', 'x'))
),
publications AS MATERIALIZED (
  SELECT 'publication', pg_catalog.quote_ident(p.pubname),
         concat_ws(E'\t',
           'all_tables=' || p.puballtables,
           'publish=' || concat_ws(',', p.pubinsert, p.pubupdate, p.pubdelete, p.pubtruncate),
           'via_root=' || p.pubviaroot,
           'tables=' || coalesce((SELECT string_agg(pr.prrelid::pg_catalog.regclass::text
                                                    || coalesce(' (' || (SELECT string_agg(a.attname, ',' ORDER BY a.attnum)
                                                                          FROM pg_catalog.pg_attribute a
                                                                          WHERE a.attrelid = pr.prrelid
                                                                            AND a.attnum = ANY (pr.prattrs::pg_catalog.int2[])) || ')', '')
                                                    || coalesce(' WHERE ' || pg_catalog.pg_get_expr(pr.prqual, pr.prrelid), ''),
                                                    ';' ORDER BY pr.prrelid::pg_catalog.regclass::text)
                                  FROM pg_catalog.pg_publication_rel pr WHERE pr.prpubid = p.oid), ''),
           'schemas=' || coalesce((SELECT string_agg(ns.nspname, ',' ORDER BY ns.nspname)
                                   FROM pg_catalog.pg_publication_namespace pn
                                   JOIN pg_catalog.pg_namespace ns ON ns.oid = pn.pnnspid WHERE pn.pnpubid = p.oid), ''),
           'comment=' || coalesce(pg_catalog.obj_description(p.oid, 'pg_publication'), ''))
  FROM pg_catalog.pg_publication p
),
lines AS MATERIALIZED (
  SELECT * FROM schemas
  UNION ALL SELECT * FROM extensions
  UNION ALL SELECT * FROM enums
  UNION ALL SELECT * FROM sequences
  UNION ALL SELECT * FROM tables
  UNION ALL SELECT * FROM columns
  UNION ALL SELECT * FROM constraints
  UNION ALL SELECT * FROM indexes
  UNION ALL SELECT * FROM views
  UNION ALL SELECT * FROM functions
  UNION ALL SELECT * FROM triggers
  UNION ALL SELECT * FROM policies
  UNION ALL SELECT * FROM types
  UNION ALL SELECT * FROM publications
  UNION ALL SELECT * FROM aggregates
  UNION ALL SELECT * FROM others
)
-- one object per line: newlines and carriage returns inside values are shown as \n and \r
SELECT line
FROM (SELECT pg_catalog.replace(pg_catalog.replace(kind || E'\t' || key || E'\t' || attrs,
                                                   E'\n', '\n'), E'\r', '\r') AS line
      FROM lines) AS l
ORDER BY line COLLATE "C";
