// The typed vocabulary of drift: what differs between the actual and the desired catalog.
#pragma once
#include <string>
#include <vector>

#include "base/span.h"
#include "catalog/catalog.h"
#include "catalog/object_kind.h"
#include "catalog/rename.h"

namespace pgdrift {


enum class ChangeKind {
  Missing,  // in desired, not in actual: the reconciler would create it
  Extra,    // only in actual: drift nobody committed
  Changed,  // in both, different
};
const char* change_kind_name(ChangeKind k);  // "missing", "extra", "changed"

struct AttrChange {
  std::string attribute;  // "type", "default", "not null", "definition", "labels", ...
  std::string desired;    // "" when absent
  std::string actual;
};

struct Change {
  ObjectKind kind;
  ChangeKind change;
  std::string id;     // "public.users", "public.users.email", "public.users.users_pkey"
  std::string group;  // object the change is listed under: the table for its parts, else id
  std::vector<AttrChange> details;
  SourceSpan desired_at, actual_at;
  catalog::ObjectRef from, to;  // the object in actual / in desired (empty where it does not exist)
};

struct ChangeSet {
  std::vector<Change> changes;  // deterministic order: by group, then kind, then id
  bool empty() const { return changes.empty(); }
  size_t count(ChangeKind k) const;
};

// What is compared beyond the schema itself (roles differ between environments).
struct DiffOptions {
  bool privileges = false;  // GRANTs and default privileges
  bool owners = false;      // owners the desired schema states
  // Renames already applied to the actual catalog (catalog/rename.h): listed as changes.
  const std::vector<catalog::Rename>* renames = nullptr;
};

// Everything that differs. A missing or extra table is one change (its parts are not listed).
ChangeSet diff_catalogs(const catalog::Catalog& actual, const catalog::Catalog& desired, const DiffOptions& options = {});

}  // namespace pgdrift
