// Builds the reconciler plan: an Ensure step for every desired object (so the script works from
// any starting state), Drop steps only where allowed, edges from what each object depends on in
// the desired catalog (creates) and in the actual one (drops), then a stable order.
#include <algorithm>

#include "plan/plan_detail.h"

namespace pgdrift::plan_detail {

using namespace catalog;

void Builder::desired_objects() {
  size_t objects = 0;  // a step per object, about: room made once (a Step is large to move)
  for_each_object(desired, [&](const ObjectRef&) { ++objects; });
  plan.steps.reserve(objects + objects / 4);
  nodes.reserve(objects + objects / 4);
  for_each_object(desired, [&](const ObjectRef& o) {
    switch (o.kind()) {
      case ObjectKind::Schema: case ObjectKind::Extension: ensure(o, 1); return;
      case ObjectKind::Enum: {  // labels are removed by making the type again, when drops of types are allowed
        Step& s = plan.steps[ensure(o, 1)];
        s.drop_extra_parts = opts.drops.allows(ObjectKind::Enum, s.id);
        return;
      }
      case ObjectKind::Sequence:
        if (!o.as<Sequence>()->identity) ensure(o);  // an identity's sequence comes with its column
        return;
      case ObjectKind::Column:
        if (!o.table()->from_query.value || !o.as<Column>()->type.empty()) {  // CREATE TABLE AS creates its columns (checked when typed)
          Step& s = plan.steps[ensure(o)];
          s.drop_extra_parts = opts.drops.allows(ObjectKind::Column, s.id);
        }
        return;
      case ObjectKind::Table:
        if (!o.as<Table>()->external) ensure(o);  // the platform's: only its triggers, policies, rules
        return;
      case ObjectKind::Privilege: case ObjectKind::DefaultPrivilege: case ObjectKind::Owner: return;  // acl_steps
      case ObjectKind::Domain: plan.steps[ensure(o)].drop_extra_parts = opts.drops.kinds.count("constraint") > 0; return;
      case ObjectKind::Publication: plan.steps[ensure(o)].drop_extra_parts = opts.drops.kinds.count("publication") > 0; return;
      default: ensure(o); return;
    }
  });
}

// OWNED BY once both the sequence and the column exist.
void Builder::sequence_owners() {
  for (const auto& [k, s] : desired.sequences) {
    if (s.identity || s.owner_table.second.empty()) continue;
    auto t = desired.tables.find(s.owner_table);
    size_t i = add(StepAction::SequenceOwner, ObjectRef(s), kOwner);
    Step& step = plan.steps[i];
    step.in_drift = plan.steps[*ensure_step(ObjectRef(s))].in_drift;
    edge(*ensure_step(ObjectRef(s)), i);
    if (t != desired.tables.end())
      if (const Column* c = t->second.column(s.owner_column))
        if (auto col = ensure_step(ObjectRef(*c, &t->second))) edge(*col, i);
  }
}

Plan Builder::finish() {
  std::vector<std::string> names;
  names.reserve(plan.steps.size());
  for (const Step& s : plan.steps) names.push_back(std::string(object_kind_name(s.kind)) + " " + s.id);
  std::vector<size_t> order = order_nodes(nodes, names, plan.notes);
  std::vector<size_t> position(order.size());
  std::vector<Step> steps;
  steps.reserve(order.size());
  for (size_t i : order)
    if (!removed.count(i) && (!opts.drift_only || plan.steps[i].in_drift)) {
      position[i] = steps.size() + 1;
      steps.push_back(std::move(plan.steps[i]));
    } else {
      position[i] = 0;
    }
  for (size_t k = 0, n = 0; k < order.size(); ++k) {
    size_t i = order[k];
    if (!position[i]) continue;
    Step& s = steps[n++];
    s.number = static_cast<int>(position[i]);
    for (size_t dep : nodes[i].after)
      if (position[dep]) s.after.push_back(static_cast<int>(position[dep]));
    std::sort(s.after.begin(), s.after.end());
    s.after.erase(std::unique(s.after.begin(), s.after.end()), s.after.end());
  }
  plan.steps = std::move(steps);
  plan.drift_only = opts.drift_only;
  return std::move(plan);
}

}  // namespace pgdrift::plan_detail

namespace pgdrift {

Plan plan_reconcile(const catalog::Catalog& actual, const catalog::Catalog& desired, const ChangeSet& changes, const PlanOptions& options) {
  plan_detail::Builder b{actual, desired, options, {}, {}, {}, {}, {}, {}, {}, Dependencies(desired), Dependencies(actual)};
  for (const Change& c : changes.changes) {
    if (c.change != ChangeKind::Extra) b.plan.drift.push_back(c);
    if (c.change == ChangeKind::Changed) b.changed.insert(plan_detail::node_key(c.kind, c.id));
  }
  b.desired_objects();
  b.sequence_owners();
  b.acl_steps(changes);
  b.desired_edges();
  b.drops(changes);
  b.drop_edges();
  b.name_edges();
  b.extension_edges();
  b.hazards();
  return b.finish();
}

}  // namespace pgdrift
