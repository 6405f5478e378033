// Privileges, default privileges and owners (only when asked: --with-privileges, --with-owners).
// Only objects present on both sides are compared: a missing table's grants are part of it.
#include "base/sql_ident.h"
#include "catalog/replay.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {

std::string object_name(const std::string& object) { return object.substr(object.find(' ') + 1); }

std::string grant_id(const Grant& g) { return grant_text(g); }


std::string default_id(const DefaultGrant& d) {
  return std::string("DEFAULT PRIVILEGES ON ") + default_grant_kind_sql(d.kind) + (d.schema.empty() ? "" : " IN SCHEMA " + quote_ident(d.schema)) +
         ": " + d.privilege + " TO " + (d.grantee == "PUBLIC" ? d.grantee : quote_ident(d.grantee)) +
         (d.grant_option ? " WITH GRANT OPTION" : "");
}

void add(std::vector<Change>& out, ObjectKind kind, ChangeKind ck, const std::string& id, const std::string& group,
         std::vector<AttrChange> details = {}) {
  out.push_back(Change{kind, ck, id, group, std::move(details), {}, {}});
}
}  // namespace

void diff_privileges(const Catalog& ac, const Catalog& dc, bool grants, bool owners, std::vector<Change>& out) {
  std::set<std::string> a_live = acl_objects(ac), d_live = acl_objects(dc);
  auto both = [&](const std::string& o) { return a_live.count(o) && d_live.count(o); };
  if (grants) {
    for (const Grant& g : dc.grants.value)
      if (both(g.object) && !ac.grants.value.count(g))
        add(out, ObjectKind::Privilege, ChangeKind::Missing, grant_id(g), object_name(g.object));
    for (const Grant& g : ac.grants.value)
      if (both(g.object) && !dc.grants.value.count(g))
        add(out, ObjectKind::Privilege, ChangeKind::Extra, grant_id(g), object_name(g.object));
    // FOR ROLE is not compared: a migration's implicit role is the one pg_dump names.
    auto unroled = [](const std::set<DefaultGrant>& in) {
      std::set<DefaultGrant> out;
      for (DefaultGrant g : in) { g.role.clear(); out.insert(g); }
      return out;
    };
    std::set<DefaultGrant> ad = unroled(ac.default_grants.value), dd = unroled(dc.default_grants.value);
    for (const DefaultGrant& g : dd)
      if (!ad.count(g)) add(out, ObjectKind::Privilege, ChangeKind::Missing, default_id(g), "default privileges");
    for (const DefaultGrant& g : ad)
      if (!dd.count(g)) add(out, ObjectKind::Privilege, ChangeKind::Extra, default_id(g), "default privileges");
  }
  if (owners) {
    for (const auto& [object, role] : dc.owners.value) {  // compared where the desired schema states one
      auto a = ac.owners.value.find(object);
      if (!both(object) || a == ac.owners.value.end() || a->second == role) continue;
      add(out, ObjectKind::Owner, ChangeKind::Changed, object, object_name(object), {{"owner", role, a->second}});
    }
  }
}

}  // namespace pgdrift::diff_detail
