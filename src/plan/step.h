// The reconciler plan: typed steps over (object x {drop, ensure}), dependency-ordered, each
// with the hazards it carries relative to the actual database.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "diff/change.h"

namespace pgdrift {

enum class Hazard {
#define HAZARD(id, code, name, meaning) id,
#include "plan/hazard_kinds.def"
#undef HAZARD
};
const char* hazard_code(Hazard h);
const char* hazard_name(Hazard h);
const char* hazard_meaning(Hazard h);

enum class StepKind {
  EnsureSchema, EnsureExtension, EnsureEnum, EnsureSequence, EnsureTable, EnsureColumn,
  SequenceOwner, EnsureConstraint, EnsureIndex, Comment, EnsureFunction, EnsureTrigger, EnsurePolicy, EnsureDomain, EnsureComposite, EnsureRange, EnsureView,
  EnsurePrivileges,  // GRANTs and the owner of one object (--with-privileges / --with-owners)
  EnsureDefaultPrivileges,  // ALTER DEFAULT PRIVILEGES (--with-privileges)
  EnsurePublication,
  Drop,        // an object only in actual, dropped after a backup (explicitly allowed)
};

// The object a step is about; pointers into the desired catalog (actual for Drop).
struct StepObject {
  const catalog::Schema* schema = nullptr;
  const catalog::Extension* extension = nullptr;
  const catalog::EnumType* enum_type = nullptr;
  const catalog::Sequence* sequence = nullptr;
  const catalog::Table* table = nullptr;
  const catalog::Column* column = nullptr;
  const catalog::Constraint* constraint = nullptr;
  const catalog::Index* index = nullptr;
  const catalog::Function* function = nullptr;
  const catalog::Trigger* trigger = nullptr;
  const catalog::Policy* policy = nullptr;
  const catalog::Domain* domain = nullptr;
  const catalog::CompositeType* composite = nullptr;
  const catalog::RangeType* range = nullptr;
  const catalog::View* view = nullptr;
  const std::string* acl_object = nullptr;  // "TABLE public.t" (EnsurePrivileges)
  const catalog::Publication* publication = nullptr;
};

struct Step {
  StepKind kind;
  ObjectKind object_kind;
  std::string id;       // object id as in reports: public.users.email
  StepObject obj;
  std::set<Hazard> hazards;
  int phase = 2;        // 1: schemas, extensions, types (committed before anything uses them)
  int number = 0;       // 1-based position in the plan, used in logs
  std::vector<size_t> after;  // indices of steps this one depends on (before ordering)
  bool only = false;    // index of a partitioned table that some partition lacks: ON ONLY
  bool drop_extra_parts = false;  // a domain's CHECKs (--allow-drop constraint), a publication's tables
                                  // (--allow-drop publication) only in the database go
  bool grants = false, owners = false;  // EnsurePrivileges: what it reconciles
  bool exact = false;   // EnsurePrivileges: revoke what desired lacks (new object, or --allow-drop privilege)
};

// What the user allows to be dropped: object kinds ("column", "table") or object ids.
struct DropPolicy {
  std::set<std::string> kinds, ids;
  bool privileges = false, owners = false;  // reconcile GRANTs / owners too (--with-privileges, --with-owners)
  bool allows(ObjectKind kind, const std::string& id) const;
};

struct Plan {
  std::vector<Step> steps;             // in execution order
  std::vector<Change> left_alone;      // drift only in actual, not dropped
  std::vector<Change> not_applied;     // changes the reconciler cannot make safely (commented)
};

// Plans a reconciler that brings any database to `desired`; `actual` decides hazards and
// what is extra. The catalogs must outlive the plan (steps point into them).
Plan plan_reconcile(const catalog::Catalog& actual, const catalog::Catalog& desired,
                    const ChangeSet& changes, const DropPolicy& drops);

}  // namespace pgdrift
