// Privileges, default privileges and owners (only when asked: --with-privileges, --with-owners).
// Only objects present on both sides are compared: a missing table's grants are part of it.
#include "base/sql_ident.h"
#include "catalog/object_kind.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {

std::string object_name(const std::string& object) { return object.substr(object.find(' ') + 1); }

std::string grant_id(const Grant& g) { return grant_text(g); }


std::string default_id(const DefaultGrant& d) { return default_grant_text(d); }

// FOR ROLE is not compared: a migration's implicit role is the one pg_dump names.
DefaultGrant unroled(DefaultGrant g) {
  g.role.clear();
  return g;
}
std::set<DefaultGrant> unroled(const std::set<DefaultGrant>& in) {
  std::set<DefaultGrant> out;
  for (const DefaultGrant& g : in) out.insert(unroled(g));
  return out;
}

// A grant to the role that owns the object on the other side, where this side states no owner:
// the owner holds every privilege already (PostgreSQL keeps no ACL entry for it that pg_dump prints).
bool implied(const Grant& g, const Catalog& self, const Catalog& other) {
  auto owner = other.owners.value.find(g.object);
  return owner != other.owners.value.end() && owner->second == g.grantee && !self.owners.value.count(g.object);
}
}  // namespace

void diff_privileges(const Catalog& ac, const Catalog& dc, bool grants, bool owners, std::vector<Change>& out) {
  std::set<std::string> a_live = acl_objects(ac), d_live = acl_objects(dc);
  auto both = [&](const std::string& o) { return a_live.count(o) && d_live.count(o); };
  if (grants) {
    for (const Grant& g : dc.grants.value)
      if (both(g.object) && !ac.grants.value.count(g) && !implied(g, dc, ac))
        add_change<Grant>(out, ChangeKind::Missing, grant_id(g), object_name(g.object), nullptr, &g);
    for (const Grant& g : ac.grants.value)
      if (both(g.object) && !dc.grants.value.count(g) && !implied(g, ac, dc))
        add_change<Grant>(out, ChangeKind::Extra, grant_id(g), object_name(g.object), &g, nullptr);
    std::set<DefaultGrant> ad = unroled(ac.default_grants.value), dd = unroled(dc.default_grants.value);
    std::set<DefaultGrant> seen;
    for (const DefaultGrant& g : dc.default_grants.value)
      if (!ad.count(unroled(g)) && seen.insert(unroled(g)).second)
        add_change<DefaultGrant>(out, ChangeKind::Missing, default_id(unroled(g)), "default privileges", nullptr, &g);
    for (const DefaultGrant& g : ac.default_grants.value)
      if (!dd.count(unroled(g)) && seen.insert(unroled(g)).second)
        add_change<DefaultGrant>(out, ChangeKind::Extra, default_id(unroled(g)), "default privileges", &g, nullptr);
  }
  if (owners) {
    for (const auto& [object, role] : dc.owners.value) {  // compared where the desired schema states one
      auto a = ac.owners.value.find(object);
      if (!both(object) || a == ac.owners.value.end() || a->second == role) continue;
      add_change<OwnerEntry>(out, ChangeKind::Changed, object, object_name(object), &*a, &*dc.owners.value.find(object),
                      {{"owner", role, a->second}});
    }
  }
}

}  // namespace pgdrift::diff_detail
