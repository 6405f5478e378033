// GRANTs and owners of one object (--with-privileges / --with-owners): each desired privilege
// granted when the object's ACL (aclexplode) lacks it, the owner set when it differs. Extra
// privileges are revoked only as drops (--allow-drop privilege).
#include "emit/sql_defs.h"
#include "emit/step_block.h"

namespace pgdrift {

using namespace catalog;

namespace {
// "TABLE public.t" -> ("TABLE", "public.t"); a function keeps its argument list.
std::pair<std::string, std::string> split(const std::string& object) {
  size_t sp = object.find(' ');
  return {object.substr(0, sp), object.substr(sp + 1)};
}

// GRANT ... ON ROUTINE / ALTER ROUTINE cover functions and procedures alike.
std::string sql_kind(const std::string& kind) { return kind == "FUNCTION" ? "ROUTINE" : kind; }

std::string role_sql(const std::string& r) { return r == "PUBLIC" ? r : quote_ident(r); }

std::string on_clause(const Grant& g) {
  auto [kind, name] = split(g.object);
  return g.privilege + (g.column.empty() ? "" : " (" + quote_ident(g.column) + ")") + " ON " + sql_kind(kind) + " " + name;
}

// The object as the helper functions take it: a name for ::regclass / ::regprocedure /
// ::regtype, a bare schema name.
std::string helper_name(const std::string& object) {
  auto [kind, name] = split(object);
  if (kind != "SCHEMA") return name;
  return name.size() > 1 && name.front() == '"' ? name.substr(1, name.size() - 2) : name;
}

std::string has(const Grant& g, bool go) {
  auto [kind, name] = split(g.object);
  return "pgdrift.has_privilege(" + lit(kind) + ", " + lit(helper_name(g.object)) + ", " + lit(g.column) + ", " +
         lit(g.grantee) + ", " + lit(g.privilege) + ", " + (go ? "true" : "false") + ")";
}
}  // namespace

namespace {
// Privileges held on the object (or one of its columns) that desired does not list.
void revoke_extras(StepBlock& b, const Step& s, const Catalog& desired, const std::string& object) {
  auto [kind, name] = split(object);
  std::string keep = "ARRAY[";
  bool first = true;
  for (auto it = desired.grants.value.lower_bound(Grant{object, "", "", "", false});
       it != desired.grants.value.end() && it->object == object; ++it) {
    keep += (first ? "" : ", ") + lit(it->column + "|" + it->grantee + "|" + it->privilege);
    first = false;
  }
  keep += "]::text[]";
  std::string cols = kind == "TABLE" ? "SELECT '' UNION ALL SELECT attname::text FROM pg_catalog.pg_attribute WHERE attrelid = " +
                                           lit(name) + "::pg_catalog.regclass AND attnum > 0 AND NOT attisdropped"
                                     : "SELECT ''";
  b.line("FOR pgd_rec IN SELECT c.col, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee) END AS who,");
  b.line("a.privilege_type AS priv FROM (" + cols + ") c(col),", 2);
  b.line("LATERAL pg_catalog.aclexplode(pgdrift.acl_of(" + lit(kind) + ", " + lit(helper_name(object)) + ", c.col)) a", 2);
  b.line("WHERE a.grantee <> coalesce(pgdrift.owner_oid(" + lit(kind) + ", " + lit(helper_name(object)) +
         "), 0) ORDER BY 1, 2, 3 LOOP", 2);  // the owner's own privileges are implicit
  b.line("CONTINUE WHEN (pgd_rec.col || '|' || pgd_rec.who || '|' || pgd_rec.priv) = ANY (" + keep + ");", 2);
  b.line("EXECUTE pg_catalog.format('REVOKE %s%s ON " + sql_kind(kind) + " " + name +
         " FROM %s', pgd_rec.priv, CASE WHEN pgd_rec.col = '' THEN '' ELSE ' (' || pg_catalog.quote_ident(pgd_rec.col) || ')' END, "
         "CASE WHEN pgd_rec.who = 'PUBLIC' THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pgd_rec.who) END);", 2);
  b.line("PERFORM pgdrift.log(" + std::to_string(s.number) + ", 'revoke', " + lit(s.id) + ", pg_catalog.format('GRANT %s%s ON " + sql_kind(kind) +
         " " + name + " TO %s', pgd_rec.priv, CASE WHEN pgd_rec.col = '' THEN '' ELSE ' (' || pg_catalog.quote_ident(pgd_rec.col) || ')' END, "
         "CASE WHEN pgd_rec.who = 'PUBLIC' THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pgd_rec.who) END));", 2);
  b.line("pgd_done := true;", 2);
  b.line("END LOOP;");
}

}  // namespace

std::string emit_privileges_step(const Step& s, const Catalog& desired, bool grants, bool owners) {
  const std::string& object = *s.obj.acl_object;
  auto [kind, name] = split(object);
  StepBlock b(s);
  if (owners)
    if (auto o = desired.owners.value.find(object); o != desired.owners.value.end()) {
      std::string owner_of = "pgdrift.owner_of(" + lit(kind) + ", " + lit(helper_name(object)) + ")";
      b.line("IF " + owner_of + " IS DISTINCT FROM " + lit(o->second) + " THEN");
      b.line("pgd_old := " + owner_of + ";", 2);
      b.line("ALTER " + sql_kind(kind) + " " + name + " OWNER TO " + quote_ident(o->second) + ";", 2);
      b.log("set owner", fmt_lit("ALTER " + sql_kind(kind) + " " + name + " OWNER TO ") + " || pg_catalog.quote_ident(pgd_old)");
      b.line("END IF;");
    }
  if (!grants) return b.text();
  for (auto it = desired.grants.value.lower_bound(Grant{object, "", "", "", false});
       it != desired.grants.value.end() && it->object == object; ++it) {
    const Grant& g = *it;
    std::string grant = "GRANT " + on_clause(g) + " TO " + role_sql(g.grantee) + (g.grant_option ? " WITH GRANT OPTION" : "");
    b.line("IF NOT " + has(g, g.grant_option) + " THEN");
    if (g.grant_option) {  // held without the option before: the undo takes back only the option
      b.line("pgd_old := CASE WHEN " + has(g, false) + " THEN " + lit("REVOKE GRANT OPTION FOR " + on_clause(g) + " FROM " + role_sql(g.grantee)) +
                 " ELSE " + lit("REVOKE " + on_clause(g) + " FROM " + role_sql(g.grantee)) + " END;", 2);
    } else {
      b.line("pgd_old := " + lit("REVOKE " + on_clause(g) + " FROM " + role_sql(g.grantee)) + ";", 2);
    }
    b.line(grant + ";", 2);
    b.log("grant", "pgd_old");
    b.line("END IF;");
  }
  if (s.exact) revoke_extras(b, s, desired, object);
  return b.text();
}


// ALTER DEFAULT PRIVILEGES for the role running the reconciler (FOR ROLE when desired says so):
// the desired grants added, the built-in ones desired revokes taken away.
std::string emit_default_privileges_step(const Step& s, const Catalog& desired) {
  StepBlock b(s);
  std::set<DefaultGrant> builtin{{"", "", 'f', "PUBLIC", "EXECUTE", false}, {"", "", 'T', "PUBLIC", "USAGE", false}};
  auto statement = [](const DefaultGrant& d, bool grant) {
    std::string head = "ALTER DEFAULT PRIVILEGES" + (d.role.empty() ? "" : " FOR ROLE " + quote_ident(d.role)) +
                       (d.schema.empty() ? "" : " IN SCHEMA " + quote_ident(d.schema));
    std::string who = d.grantee == "PUBLIC" ? d.grantee : quote_ident(d.grantee);
    return grant ? head + " GRANT " + d.privilege + " ON " + default_grant_kind_sql(d.kind) + " TO " + who + (d.grant_option ? " WITH GRANT OPTION" : "")
                 : head + " REVOKE " + d.privilege + " ON " + default_grant_kind_sql(d.kind) + " FROM " + who;
  };
  auto has = [](const DefaultGrant& d) {
    return "pgdrift.has_default_privilege(" + lit(d.role) + ", " + lit(d.schema) + ", " + lit(std::string(1, d.kind)) + ", " +
           lit(d.grantee) + ", " + lit(d.privilege) + ")";
  };
  for (const DefaultGrant& d : desired.default_grants.value) {
    if (builtin.count(d) && d.role.empty()) continue;
    b.line("IF NOT " + has(d) + " THEN");
    b.line(statement(d, true) + ";", 2);
    b.log("grant default privilege", lit(statement(d, false)));
    b.line("END IF;");
  }
  for (const DefaultGrant& d : builtin) {
    if (desired.default_grants.value.count(d)) continue;
    b.line("IF " + has(d) + " THEN");
    b.line(statement(d, false) + ";", 2);
    b.log("revoke default privilege", lit(statement(d, true)));
    b.line("END IF;");
  }
  return b.text();
}

std::string emit_revoke_step(const Step& s, const Catalog& actual) {
  StepBlock b(s);
  for (const Grant& g : actual.grants.value) {
    if (grant_text(g) != s.id) continue;
    std::string revoke = (g.grant_option ? "REVOKE GRANT OPTION FOR " : "REVOKE ") + on_clause(g) + " FROM " + role_sql(g.grantee);
    b.line("IF " + has(g, g.grant_option) + " THEN");
    b.line(revoke + ";", 2);
    b.log("revoke", lit("GRANT " + on_clause(g) + " TO " + role_sql(g.grantee) + (g.grant_option ? " WITH GRANT OPTION" : "")));
    b.line("END IF;");
  }
  return b.text();
}

}  // namespace pgdrift
