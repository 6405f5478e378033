// The plan builder, shared by plan*.cpp (internal to the plan layer).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "plan/depends.h"
#include "plan/graph.h"
#include "plan/step.h"

namespace pgdrift::plan_detail {

// Priority among ready steps: what comes first when the edges leave the choice open.
enum Rank { kSchema, kExtension, kEnum, kDefaultPrivileges, kDropDependent, kDrop, kDropContainer, kType, kFunction,
            kSequence, kTable, kColumn, kOwner, kKey, kCheck, kIndex, kForeignKey, kView, kAtomicFunction, kPublication,
            kPolicy, kTrigger, kPrivileges };

inline int ensure_rank(const catalog::ObjectRef& o) {
  switch (o.kind()) {
    case ObjectKind::Schema: return kSchema;
    case ObjectKind::Extension: case ObjectKind::Language: case ObjectKind::AccessMethod: return kExtension;
    case ObjectKind::TsParser: case ObjectKind::TsTemplate: case ObjectKind::Conversion: return kType;
    case ObjectKind::Transform: return kAtomicFunction;  // after its functions (edges), before what uses it (edges)
    case ObjectKind::Wrapper: case ObjectKind::Server: case ObjectKind::UserMapping: case ObjectKind::Collation: case ObjectKind::TsDictionary: case ObjectKind::TsConfig: return kType;
    case ObjectKind::Enum: return kEnum;
    case ObjectKind::Domain: case ObjectKind::Composite: case ObjectKind::Range: return kType;
    case ObjectKind::Sequence: return kSequence;
    case ObjectKind::Table: return kTable;
    case ObjectKind::Column: return kColumn;
    case ObjectKind::Constraint: {
      catalog::ConType t = o.as<catalog::Constraint>()->type;
      return t == catalog::ConType::ForeignKey ? kForeignKey : t == catalog::ConType::Check ? kCheck : kKey;
    }
    case ObjectKind::Index: case ObjectKind::Statistics: return kIndex;
    case ObjectKind::Function: return o.as<catalog::Function>()->sql_standard_body ? kAtomicFunction : kFunction;
    case ObjectKind::Aggregate: case ObjectKind::Cast: return kAtomicFunction;
    case ObjectKind::Operator: return kFunction;  // early: what uses it (checks, indexes, views) does not say so
    case ObjectKind::OpFamily: case ObjectKind::OpClass: return kFunction;  // after their functions and operators (edges)
    case ObjectKind::Trigger: case ObjectKind::Rule: case ObjectKind::EventTrigger: return kTrigger;
    case ObjectKind::Policy: return kPolicy;
    case ObjectKind::View: return kView;
    case ObjectKind::Publication: return kPublication;
    case ObjectKind::DefaultPrivilege: return kDefaultPrivileges;
    default: return kPrivileges;
  }
}

// Keys, indexes, views, triggers and policies go before what they use; schemas and extensions
// last, once what was in them is gone.
inline int drop_rank(ObjectKind k) {
  switch (k) {
    case ObjectKind::Constraint: case ObjectKind::Index: case ObjectKind::View: case ObjectKind::Trigger:
    case ObjectKind::Rule: case ObjectKind::Policy: case ObjectKind::Publication: case ObjectKind::EventTrigger: case ObjectKind::Statistics:
      return kDropDependent;
    case ObjectKind::Schema: case ObjectKind::Extension: return kDropContainer;
    default: return kDrop;
  }
}

inline std::string node_key(ObjectKind k, const std::string& id) { return std::to_string(static_cast<int>(k)) + "|" + id; }

struct Builder {
  const catalog::Catalog& actual;
  const catalog::Catalog& desired;
  const PlanOptions& opts;
  Plan plan;
  std::vector<GraphNode> nodes;
  std::map<std::string, size_t> ensure_of, drop_of;  // node_key -> step index
  std::set<std::string> changed;                     // node_key of objects with a missing/changed change
  std::set<size_t> removed;                          // steps taken out again (drops refused)
  std::map<size_t, size_t> release_of;               // ensure step -> its release step

  size_t add(StepAction action, catalog::ObjectRef object, int rank, int phase = 2) {
    Step s;
    s.action = action;
    s.kind = object.kind();
    s.object = object;
    s.id = catalog::object_id(object);
    s.phase = phase;
    plan.steps.push_back(std::move(s));
    nodes.push_back(GraphNode{phase, rank, {}});
    return plan.steps.size() - 1;
  }
  size_t ensure(catalog::ObjectRef object, int phase = 2) {
    size_t i = add(StepAction::Ensure, object, ensure_rank(object), phase);
    Step& s = plan.steps[i];
    s.actual = catalog::find_same(actual, object);
    bool differs = changed.count(node_key(s.kind, s.id)) > 0;
    s.in_sync = s.actual && !differs;
    s.in_drift = !s.actual || differs;
    ensure_of[node_key(s.kind, s.id)] = i;
    return i;
  }
  void edge(size_t from, size_t to) {
    if (from != to) nodes[to].after.push_back(from);
  }
  std::optional<size_t> ensure_step(const catalog::ObjectRef& o) const {
    auto it = ensure_of.find(node_key(o.kind(), catalog::object_id(o)));
    return it == ensure_of.end() ? std::nullopt : std::optional<size_t>(it->second);
  }

  void desired_objects();
  void sequence_owners();
  void acl_steps(const ChangeSet& changes);
  void drops(const ChangeSet& changes);
  void desired_edges();
  void drop_edges();
  void name_edges();
  void extension_edges();
  size_t drop_part(const catalog::ObjectRef& part);
  size_t release(size_t ensure_step);
  void hazards();
  void enum_hazards(Step& s);
  Plan finish();

  Dependencies desired_deps, actual_deps;
};

}  // namespace pgdrift::plan_detail
