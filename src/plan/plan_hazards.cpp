// Hazards of each step against the actual database (docs/hazards.md): what a step may lock,
// rewrite, build or delete when it runs on the database the --actual dump describes.
#include <algorithm>

#include "base/sql_ident.h"
#include "plan/plan_detail.h"

namespace pgdrift::plan_detail {

using namespace catalog;

namespace {
void column_hazards(Step& s, const Table* actual_table) {
  const Column& c = *s.object.as<Column>();
  const Column* a = s.actual.as<Column>();
  auto& hz = s.hazards;
  if (actual_table && !a) {
    hz.insert(Hazard::access_exclusive);
    if (c.generated) hz.insert(Hazard::rewrites_table);
    if (c.not_null && !c.default_expr && !c.identity) hz.insert(Hazard::may_fail_on_rows);
  } else if (a) {
    if (a->type != c.type) hz.insert({Hazard::rewrites_table, Hazard::access_exclusive, Hazard::may_fail_on_rows});
    if (c.not_null && !a->not_null) hz.insert({Hazard::access_exclusive, Hazard::may_fail_on_rows});
    if (!(a->default_expr == c.default_expr)) hz.insert(Hazard::access_exclusive);
  }
}
// The actual labels after the step's renames; whether some must go; whether the type must be made
// again (labels to remove, or the shared ones in another order: PostgreSQL can only add).
struct EnumChange {
  std::vector<std::string> removed;
  bool recreate = false;
};

EnumChange enum_change(const EnumType& want, const EnumType& have) {
  auto has = [](const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); };
  std::vector<std::string> live = have.labels;
  for (std::string& l : live)
    for (const auto& [to, from] : want.renamed_from.value)
      if (l == from && !has(have.labels, to)) l = to;
  EnumChange out;
  std::vector<std::string> shared_live, shared_want;
  for (const std::string& l : live) (has(want.labels, l) ? shared_live : out.removed).push_back(l);
  for (const std::string& l : want.labels)
    if (has(live, l)) shared_want.push_back(l);
  out.recreate = !out.removed.empty() || shared_live != shared_want;
  return out;
}
}  // namespace

void Builder::enum_hazards(Step& s) {
  const EnumType* have = s.actual.as<EnumType>();
  if (!have) return;
  EnumChange c = enum_change(*s.object.as<EnumType>(), *have);
  if (!c.recreate) return;
  if (!c.removed.empty() && !s.drop_extra_parts) {
    std::string labels;
    for (const std::string& l : c.removed) labels += (labels.empty() ? "" : ", ") + quote_literal(l);
    plan.notes.push_back("labels kept: type " + s.id + " keeps " + labels + " (--allow-drop type removes them by making the type again)");
    return;
  }
  s.hazards.insert({Hazard::rewrites_table, Hazard::access_exclusive});
  if (!c.removed.empty()) s.hazards.insert(Hazard::may_fail_on_rows);
}

namespace {
// A table changed in place: logging rewrites it, attaching or detaching a partition or an
// inheritance parent locks the parent and the table (attaching checks every row against the
// bound). Between regular and partitioned the runtime makes the table again when it holds no rows
// of its own (its partitions detached and kept) and leaves it alone otherwise; the notes say which.
void table_hazards(Step& s, const Table& actual, const Table& desired, Plan& plan) {
  if (actual.unlogged != desired.unlogged) s.hazards.insert({Hazard::rewrites_table, Hazard::access_exclusive});
  if (actual.partition_of != desired.partition_of || actual.inherits != desired.inherits)
    s.hazards.insert(Hazard::access_exclusive);
  if (!desired.partition_of.second.empty() && actual.partition_of != desired.partition_of)
    s.hazards.insert(Hazard::may_fail_on_rows);
  if (actual.partition_by.empty() != desired.partition_by.empty()) {
    s.hazards.insert(Hazard::access_exclusive);
    plan.notes.push_back("replaced if empty: table " + s.id + " is " + (actual.partition_by.empty() ? "regular" : "partitioned") +
                         ", the desired one " + (desired.partition_by.empty() ? "regular" : "partitioned by " + desired.partition_by) +
                         ": made again when it holds no rows of its own (its partitions are detached and kept), else left as it is" +
                         " (moving rows is not a schema change)");
  }
}
}  // namespace

void Builder::hazards() {
  for (Step& s : plan.steps) {
    if (s.action == StepAction::Drop) {
      s.hazards.insert(Hazard::access_exclusive);
      if (s.kind == ObjectKind::Table || s.kind == ObjectKind::Column || s.kind == ObjectKind::Sequence)
        s.hazards.insert(Hazard::deletes_data);
      continue;
    }
    if (s.action != StepAction::Ensure || s.in_sync) continue;
    const Table* actual_table = s.object.table() ? find_same(actual, ObjectRef(*s.object.table())).as<Table>() : nullptr;
    switch (s.kind) {
      case ObjectKind::Column: column_hazards(s, actual_table); break;
      case ObjectKind::Enum: enum_hazards(s); break;
      case ObjectKind::Constraint:
        if (actual_table) {
          s.hazards.insert({Hazard::access_exclusive, Hazard::may_fail_on_rows});
          ConType t = s.object.as<Constraint>()->type;
          if (t == ConType::PrimaryKey || t == ConType::Unique || t == ConType::Exclude) s.hazards.insert(Hazard::builds_index);
        }
        break;
      case ObjectKind::Index: {
        const Index& ix = *s.object.as<Index>();
        if (actual.tables.count({ix.schema, ix.table}) || actual.views.count({ix.schema, ix.table})) s.hazards.insert(Hazard::builds_index);
        break;
      }
      case ObjectKind::Table:
        if (const Table* a = s.actual.as<Table>()) table_hazards(s, *a, *s.object.as<Table>(), plan);
        break;
      case ObjectKind::View:
        if (s.actual && s.object.as<View>()->materialized) s.hazards.insert(Hazard::access_exclusive);
        break;
      default: break;
    }
  }
}

}  // namespace pgdrift::plan_detail
