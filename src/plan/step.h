// The reconciler plan: one step per desired object (ensure it) and per object only the database
// has that the user allowed to drop, in dependency order, each with the hazards it carries
// relative to the actual database. Emit prints a Plan; it decides nothing.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/object_kind.h"
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

enum class StepAction {
  Ensure,        // make the desired object exist as desired (from any starting state)
  SequenceOwner, // ALTER SEQUENCE ... OWNED BY, once the column exists
  Acl,           // the GRANTs and owner of one object (--with-privileges / --with-owners)
  Release,       // a desired constraint or index whose live version is in the way of a drop:
                 // dropped early when it differs from the desired one (its Ensure creates it)
  Drop,          // an object only the database has, dropped after a backup (explicitly allowed)
};

struct Step {
  StepAction action = StepAction::Ensure;
  ObjectKind kind = ObjectKind::Schema;
  catalog::ObjectRef object;  // Ensure: the desired object; Drop: the actual one
  catalog::ObjectRef actual;  // Ensure: the same object in the actual catalog, if it is there
  bool in_sync = false;       // Ensure: the actual catalog has it exactly as desired
  bool in_drift = false;      // the actual database needs this step (missing, changed, or a drop)
  std::string id;             // as reports name it: public.users.email
  std::string acl_object;     // Acl: "TABLE public.t"
  std::set<Hazard> hazards;
  int phase = 2;              // 1: committed before the rest (schemas, extensions, enum types)
  int number = 0;             // 1-based position in the plan
  std::vector<int> after;     // numbers of the steps this one depends on (the plan's edges)
  bool only = false;          // an index of a partitioned table that some partition lacks: ON ONLY
  bool drop_extra_parts = false;  // a domain's CHECKs (--allow-drop constraint), a publication's
                                  // tables (--allow-drop publication) only in the database go; a
                                  // column's data may be backed up and replaced (--allow-drop column);
                                  // an enum's extra labels go with the type made again (--allow-drop type)
  bool grants = false, owners = false, exact = false;  // Acl: what it reconciles; revoke what
                                                        // desired lacks
  std::set<catalog::DefaultGrant> revoked_by_role;  // DefaultPrivilege: built-in defaults the
                                                    // actual schema revoked FOR ROLE
};

// What the user allows to be dropped: object kinds ("column", "table") or object ids.
struct DropPolicy {
  std::set<std::string> kinds, ids;
  bool privileges = false, owners = false;  // reconcile GRANTs / owners too (--with-privileges, --with-owners)
  bool allows(ObjectKind kind, const std::string& id) const;
};

struct PlanOptions {
  DropPolicy drops;
  bool drift_only = false;  // only the steps the actual database needs (for review)
};

struct Plan {
  std::vector<Step> steps;             // in execution order
  std::vector<Change> drift;           // what the actual database lacks or has differently
  std::vector<Change> left_alone;      // objects only in actual, not dropped (with the reason)
  std::vector<std::string> notes;      // decisions a reader should know (cycles broken, drops refused)
  bool drift_only = false;
};

// Plans a reconciler that brings any database to `desired`; `actual` decides hazards, what is
// extra, and what the server prints for objects in sync. The catalogs must outlive the plan.
Plan plan_reconcile(const catalog::Catalog& actual, const catalog::Catalog& desired, const ChangeSet& changes,
                    const PlanOptions& options);

}  // namespace pgdrift
