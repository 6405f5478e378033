// The reconciler plan: dependency order, hazards and the drop policy.
#include <doctest/doctest.h>

#include <algorithm>

#include "catalog/replay.h"
#include "diff/change.h"
#include "frontend/frontend.h"
#include "plan/step.h"

using namespace pgdrift;

namespace {
struct Built {
  SourceManager sm;
  DiagnosticEngine diags{sm};
  catalog::Catalog actual, desired;
  Plan plan;
};

void build(Built& b, const std::string& actual, const std::string& desired, const DropPolicy& drops = {}) {
  auto cat = [&](const std::string& sql) {
    uint32_t id = b.sm.add("t.sql", sql);
    return catalog::replay(parse_files(b.sm, {id}, b.diags), b.diags);
  };
  b.actual = cat(actual);
  b.desired = cat(desired);
  b.plan = plan_reconcile(b.actual, b.desired, diff_catalogs(b.actual, b.desired), drops);
}

size_t position(const Plan& p, StepKind k, const std::string& id) {
  for (size_t i = 0; i < p.steps.size(); ++i)
    if (p.steps[i].kind == k && p.steps[i].id == id) return i;
  FAIL("no step " << id);
  return 0;
}
}  // namespace

TEST_CASE("steps come in dependency order: types, tables, keys, then foreign keys") {
  Built b;
  build(b, "", R"(
    create table child (id int primary key, parent_id int references parent (id), kind mood);
    create table parent (id int primary key);
    create type mood as enum ('a');
    create schema app; create table app.t (x int);
  )");
  const Plan& p = b.plan;
  CHECK(position(p, StepKind::EnsureEnum, "public.mood") < position(p, StepKind::EnsureColumn, "public.child.kind"));
  CHECK(position(p, StepKind::EnsureConstraint, "public.parent.parent_pkey") <
        position(p, StepKind::EnsureConstraint, "public.child.child_parent_id_fkey"));
  CHECK(position(p, StepKind::EnsureSchema, "app") < position(p, StepKind::EnsureTable, "app.t"));
  for (size_t i = 0; i < p.steps.size(); ++i) CHECK(p.steps[i].number == static_cast<int>(i + 1));
}

TEST_CASE("the plan is the same for the same inputs") {
  Built a, b;
  std::string sql = "create table t (id serial primary key, n text); create index on t (n);";
  build(a, "", sql);
  build(b, "", sql);
  REQUIRE(a.plan.steps.size() == b.plan.steps.size());
  for (size_t i = 0; i < a.plan.steps.size(); ++i) CHECK(a.plan.steps[i].id == b.plan.steps[i].id);
}

TEST_CASE("hazards are judged against the actual database") {
  Built b;
  build(b, "create table t (id int, n varchar(10));", "create table t (id int not null, n text); create index on t (n);");
  const Plan& p = b.plan;
  const auto& n = p.steps[position(p, StepKind::EnsureColumn, "public.t.n")].hazards;
  CHECK(n.count(Hazard::rewrites_table));
  CHECK(p.steps[position(p, StepKind::EnsureColumn, "public.t.id")].hazards.count(Hazard::may_fail_on_rows));
  CHECK(p.steps[position(p, StepKind::EnsureIndex, "public.t_n_idx")].hazards.count(Hazard::builds_index));
}

TEST_CASE("objects only in actual are left alone unless the policy allows the drop") {
  Built kept;
  build(kept, "create table t (id int, legacy text); create table tmp (x int);", "create table t (id int);");
  CHECK(kept.plan.left_alone.size() == 2);
  CHECK(std::none_of(kept.plan.steps.begin(), kept.plan.steps.end(), [](const Step& s) { return s.kind == StepKind::Drop; }));

  Built dropped;
  DropPolicy allow;
  allow.kinds.insert("column");
  build(dropped, "create table t (id int, legacy text); create table tmp (x int);", "create table t (id int);", allow);
  CHECK(dropped.plan.left_alone.size() == 1);  // the table stays
  const Step& drop = dropped.plan.steps[position(dropped.plan, StepKind::Drop, "public.t.legacy")];
  CHECK(drop.hazards.count(Hazard::deletes_data));
}
