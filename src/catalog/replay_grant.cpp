// GRANT / REVOKE, ALTER DEFAULT PRIVILEGES and owners: the ACLs PostgreSQL keeps, minus the
// owner's implicit privileges. Compared only when asked (see Catalog::grants).
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
const std::vector<std::string>& all_privileges(char kind, bool column) {
  static const std::vector<std::string> table{"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"},
      cols{"SELECT", "INSERT", "UPDATE", "REFERENCES"}, seq{"USAGE", "SELECT", "UPDATE"}, fn{"EXECUTE"},
      schema{"USAGE", "CREATE"}, type{"USAGE"};
  if (column) return cols;
  switch (kind) {
    case 'S': return seq;
    case 'f': return fn;
    case 'n': return schema;
    case 'T': return type;
    default: return table;
  }
}

// The ACL objects a GRANT names (ON ALL ... IN SCHEMA: those existing now).
std::vector<std::string> targets(Replayer& r, const ast::Grant& g) {
  std::vector<std::string> out;
  if (g.all_in_schema) {
    for (const ast::QualName& q : g.objects) {
      const std::string& s = q.name;
      if (g.target == 'r') {
        for (const auto& [k, t] : r.cat.tables) if (k.first == s) out.push_back("TABLE " + key_text(k));
        for (const auto& [k, v] : r.cat.views) if (k.first == s) out.push_back("TABLE " + key_text(k));
      } else if (g.target == 'S') {
        for (const auto& [k, q2] : r.cat.sequences) if (k.first == s) out.push_back("SEQUENCE " + key_text(k));
      } else if (g.target == 'f') {
        for (const auto& [k, f] : r.cat.functions)
          if (k.first == s && (g.routines == 'r' || (g.routines == 'p') == f.procedure)) out.push_back(acl_function(f));
      }
    }
    return out;
  }
  for (const ast::FuncSig& f : g.functions)
    if (auto k = r.find_function(f)) out.push_back(acl_function(r.cat.functions.at(*k)));
  for (const ast::QualName& q : g.objects) {
    if (g.target == 'n') { out.push_back("SCHEMA " + quote_ident(q.name)); continue; }
    if (g.target == 'T') {
      if (auto k = r.find_type(q)) out.push_back("TYPE " + key_text(*k));
      continue;
    }
    if (auto k = r.find_sequence(q)) out.push_back("SEQUENCE " + key_text(*k));  // GRANT ... ON TABLE seq works too
    else if (auto t = r.find_table(q)) out.push_back("TABLE " + key_text(*t));
    else if (auto v = r.find_view(q)) out.push_back("TABLE " + key_text(*v));
  }
  return out;
}

char acl_kind_letter(const std::string& object) {
  if (object.rfind("SEQUENCE ", 0) == 0) return 'S';
  if (object.rfind("FUNCTION ", 0) == 0) return 'f';
  if (object.rfind("SCHEMA ", 0) == 0) return 'n';
  if (object.rfind("TYPE ", 0) == 0) return 'T';
  return 'r';
}

void change(std::set<Grant>& acl, Grant g, bool is_grant, bool option_only) {
  auto same = [&](const Grant& e) {
    return e.object == g.object && e.grantee == g.grantee && e.privilege == g.privilege &&
           (e.column == g.column || (g.column.empty() && !is_grant && !option_only));  // table-level REVOKE takes column ones too
  };
  std::vector<Grant> hits;
  for (const Grant& e : acl) if (same(e)) hits.push_back(e);
  for (const Grant& e : hits) acl.erase(e);
  if (is_grant) {
    for (const Grant& e : hits) g.grant_option = g.grant_option || (e.column == g.column && e.grant_option);
    acl.insert(g);
  } else if (option_only) {
    for (Grant e : hits) { e.grant_option = false; acl.insert(e); }
  }
}

void change_defaults(Replayer& r, const ast::Grant& g) {
  std::vector<std::string> schemas = g.default_schemas.empty() ? std::vector<std::string>{""} : g.default_schemas;
  std::vector<std::string> roles = g.default_roles.empty() ? std::vector<std::string>{""} : g.default_roles;
  auto& defs = r.cat.default_grants.value;
  for (const std::string& role : roles)
  for (const std::string& s : schemas)
    for (const std::string& who : g.grantees)
      for (const auto& [priv, cols] : g.privileges.empty() ? std::vector<std::pair<std::string, std::vector<std::string>>>{{"ALL", {}}} : g.privileges)
        for (const std::string& p : priv == "ALL" || priv == "ALL PRIVILEGES" ? all_privileges(g.target, false) : std::vector<std::string>{priv}) {
          DefaultGrant d{role, s, g.target, who, p, g.grant_option && g.is_grant};
          if (!role.empty() && s.empty()) {  // a built-in default of that role
            DefaultGrant b{role, "", g.target, who, p, false};
            if (!g.is_grant && !g.grant_option) r.cat.revoked_builtins.value.insert(b);
            if (g.is_grant) r.cat.revoked_builtins.value.erase(b);
          }
          // The built-in defaults hold for every role: FOR ROLE x REVOKE ... FROM PUBLIC changes them too.
          std::erase_if(defs, [&](const DefaultGrant& e) {
            return (e.role == role || e.role.empty()) && e.schema == s && e.kind == g.target && e.grantee == who && e.privilege == p;
          });
          if (g.is_grant) defs.insert(d);
          else if (g.grant_option) defs.insert(DefaultGrant{role, s, g.target, who, p, false});
        }
}
}  // namespace


void replay_grant(Replayer& r, const ast::Grant& g) {
  if (g.defaults) {
    change_defaults(r, g);
    return;
  }
  for (const std::string& object : targets(r, g)) {
    char kind = acl_kind_letter(object);
    for (const std::string& who : g.grantees) {
      if (who == "CURRENT_USER" || who == "CURRENT_ROLE" || who == "SESSION_USER") continue;  // the owner, mostly
      auto privs = g.privileges.empty() ? std::vector<std::pair<std::string, std::vector<std::string>>>{{"ALL", {}}} : g.privileges;
      for (const auto& [priv, cols] : privs) {
        std::vector<std::string> columns = cols.empty() ? std::vector<std::string>{""} : cols;
        for (const std::string& col : columns) {
          bool all = priv == "ALL" || priv == "ALL PRIVILEGES";
          for (const std::string& p : all ? all_privileges(kind, !col.empty()) : std::vector<std::string>{priv})
            change(r.cat.grants.value, Grant{object, col, who, p, g.grant_option && g.is_grant}, g.is_grant,
                   !g.is_grant && g.grant_option);
        }
      }
    }
  }
}

void replay_alter_owner(Replayer& r, const ast::AlterOwner& o) {
  if (o.owner.empty() || o.owner == "CURRENT_USER" || o.owner == "CURRENT_ROLE" || o.owner == "SESSION_USER") return;
  ast::Grant g;
  g.target = o.target;
  if (o.func) g.functions.push_back(*o.func);
  else g.objects.push_back(o.object);
  for (const std::string& object : targets(r, g)) r.cat.owners.value[object] = o.owner;
}

void acl_created(Replayer& r, const std::string& object, char kind, const std::string& schema) {
  for (const DefaultGrant& d : r.cat.default_grants.value)
    if (d.role.empty() && d.kind == kind && (d.schema.empty() || (d.schema == schema && kind != 'n')))
      r.cat.grants.value.insert(Grant{object, "", d.grantee, d.privilege, d.grant_option});
}

namespace {
std::string kind_word(const std::string& object) { return object.substr(0, object.find(' ')); }
std::string last_name(const std::string& object) {
  std::string rest = object.substr(object.find(' ') + 1);
  size_t paren = rest.find('(');
  size_t dot = rest.rfind('.', paren == std::string::npos ? std::string::npos : paren);
  return dot == std::string::npos ? rest : rest.substr(dot + 1);
}
}  // namespace

void follow_renames(Catalog& cat, const std::set<std::string>& before) {
  std::set<std::string> after = acl_objects(cat);
  std::vector<std::string> gone, added;
  for (const auto& o : before) if (!after.count(o)) gone.push_back(o);
  for (const auto& o : after) if (!before.count(o)) added.push_back(o);
  for (const std::string& from : gone) {
    auto to = std::find_if(added.begin(), added.end(), [&](const std::string& a) {
      return kind_word(a) == kind_word(from) && (gone.size() == 1 || last_name(a) == last_name(from));
    });
    if (to == added.end()) continue;
    std::vector<Grant> moved;
    for (const Grant& g : cat.grants.value) if (g.object == from) moved.push_back(g);
    for (Grant g : moved) { cat.grants.value.erase(g); g.object = *to; cat.grants.value.insert(g); }
    if (auto o = cat.owners.value.find(from); o != cat.owners.value.end()) {
      cat.owners.value[*to] = o->second;
      cat.owners.value.erase(from);
    }
    added.erase(to);
  }
}

void prune_acl(Catalog& cat) {
  std::set<std::string> live = acl_objects(cat);
  std::erase_if(cat.grants.value, [&](const Grant& g) {
    if (!live.count(g.object)) return true;
    auto owner = cat.owners.value.find(g.object);  // the owner's privileges are implicit
    return owner != cat.owners.value.end() && owner->second == g.grantee;
  });
  std::erase_if(cat.owners.value, [&](const auto& e) { return !live.count(e.first); });
}

}  // namespace pgdrift::catalog
