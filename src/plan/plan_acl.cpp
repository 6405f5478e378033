// Privileges and owners (--with-privileges / --with-owners): one step per object with desired
// GRANTs or a stated owner, after the object; default privileges before anything is created,
// so new objects get them at once.
#include "plan/plan_detail.h"

namespace pgdrift::plan_detail {

using namespace catalog;

namespace {
// Extra privileges are revoked on objects the run creates, elsewhere only with --allow-drop
// privilege; never on the platform's tables (catalog/platform.h), whose other grants are not ours.
bool exact_acl(const Catalog& desired, const std::set<std::string>& actual_objects, const std::string& object, const DropPolicy& drops) {
  if (object.starts_with("TABLE "))
    if (std::optional<Key> k = parse_qualified(object.substr(6)))
      if (auto t = desired.tables.find(*k); t != desired.tables.end() && t->second.external) return false;
  return !actual_objects.count(object) || drops.kinds.count("privilege") > 0;
}
}  // namespace

void Builder::acl_steps(const ChangeSet& changes) {
  const DropPolicy& drops = opts.drops;
  std::set<std::string> drifted;  // ACL objects with a privilege or owner change
  bool default_drift = false;
  for (const Change& c : changes.changes) {
    if (const Grant* g = c.to ? c.to.as<Grant>() : c.from.as<Grant>()) drifted.insert(g->object);
    if (c.kind == ObjectKind::Owner) drifted.insert(c.id);
    if (c.kind == ObjectKind::DefaultPrivilege) default_drift = true;
  }
  if (drops.privileges) {
    size_t i = add(StepAction::Acl, {}, kDefaultPrivileges);
    Step& s = plan.steps[i];
    s.kind = ObjectKind::DefaultPrivilege;
    s.id = "default privileges";
    s.in_drift = default_drift;
    s.revoked_by_role = actual.revoked_builtins.value;
    for (const DefaultGrant& d : desired.default_grants.value)
      if (!d.schema.empty())
        if (auto sc = desired.schemas.find(d.schema); sc != desired.schemas.end())
          if (auto e = ensure_step(ObjectRef(sc->second))) edge(*e, i);
  }
  std::set<std::string> objects;
  if (drops.privileges) {
    std::map<std::string, std::set<Grant>> by_object;
    for (const Grant& g : desired.grants.value) by_object[g.object].insert(g);
    for (const auto& [o, grants] : by_object) {
      // Exactly what PostgreSQL gives the object by itself (EXECUTE on a function to PUBLIC): a
      // step only where the actual database differs; a created object gets them anyway.
      std::vector<Grant> builtin = builtin_grants(o);
      bool defaults = !builtin.empty() && grants == std::set<Grant>(builtin.begin(), builtin.end());
      if (!defaults || drifted.count(o)) objects.insert(o);
    }
    for (const std::string& o : acl_objects(desired))  // a built-in privilege the schema revoked
      for (const Grant& g : builtin_grants(o))
        if (!desired.grants.value.count(g)) objects.insert(o);
  }
  if (drops.owners)
    for (const auto& [o, role] : desired.owners.value) objects.insert(o);
  std::set<std::string> actual_objects = acl_objects(actual);
  std::map<std::string, size_t> by_acl;  // "TABLE public.t" -> the object's ensure step
  for (const auto& [key, step] : ensure_of) {
    const Step& s = plan.steps[step];
    switch (s.kind) {
      case ObjectKind::Table: case ObjectKind::View: by_acl["TABLE " + s.id] = step; break;
      case ObjectKind::Sequence: by_acl["SEQUENCE " + s.id] = step; break;
      case ObjectKind::Function: by_acl["FUNCTION " + s.id] = step; break;
      case ObjectKind::Schema: by_acl["SCHEMA " + s.id] = step; break;
      case ObjectKind::Enum: case ObjectKind::Domain: case ObjectKind::Composite: case ObjectKind::Range:
        by_acl["TYPE " + s.id] = step;
        break;
      default: break;
    }
  }
  for (const std::string& o : objects) {
    size_t i = add(StepAction::Acl, {}, kPrivileges);
    Step& s = plan.steps[i];
    s.kind = ObjectKind::Privilege;
    s.id = o;
    s.acl_object = o;
    s.grants = drops.privileges;
    s.owners = drops.owners;
    s.exact = exact_acl(desired, actual_objects, o, drops);
    s.in_drift = drifted.count(o) || !actual_objects.count(o);
    if (auto it = by_acl.find(o); it != by_acl.end()) edge(it->second, i);
  }
}

}  // namespace pgdrift::plan_detail
