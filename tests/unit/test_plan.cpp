// The reconciler plan: dependency order (creates follow the desired catalog, drops the actual
// one in reverse), hazards, the drop policy and the drift-only selection.
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

void build(Built& b, const std::string& actual, const std::string& desired, const PlanOptions& options = {}) {
  auto cat = [&](const std::string& sql) {
    uint32_t id = b.sm.add("t.sql", sql);
    return catalog::replay(parse_files(b.sm, {id}, b.diags), b.diags);
  };
  b.actual = cat(actual);
  b.desired = cat(desired);
  b.plan = plan_reconcile(b.actual, b.desired, diff_catalogs(b.actual, b.desired), options);
}

size_t position(const Plan& p, StepAction a, ObjectKind k, const std::string& id) {
  for (size_t i = 0; i < p.steps.size(); ++i)
    if (p.steps[i].action == a && p.steps[i].kind == k && p.steps[i].id == id) return i;
  FAIL("no step " << object_kind_name(k) << " " << id);
  return 0;
}
size_t ensure(const Plan& p, ObjectKind k, const std::string& id) { return position(p, StepAction::Ensure, k, id); }
size_t dropped(const Plan& p, ObjectKind k, const std::string& id) { return position(p, StepAction::Drop, k, id); }

PlanOptions allow(std::initializer_list<const char*> kinds) {
  PlanOptions o;
  for (const char* k : kinds) o.drops.kinds.insert(k);
  return o;
}
}  // namespace

TEST_CASE("creates follow what each object depends on") {
  Built b;
  build(b, "", R"(
    create table child (id int primary key, parent_id int references parent (id), kind mood);
    create table parent (id int primary key);
    create type mood as enum ('a');
    create schema app; create table app.t (x int);
  )");
  const Plan& p = b.plan;
  CHECK(ensure(p, ObjectKind::Enum, "public.mood") < ensure(p, ObjectKind::Table, "public.child"));
  CHECK(ensure(p, ObjectKind::Constraint, "public.parent.parent_pkey") < ensure(p, ObjectKind::Constraint, "public.child.child_parent_id_fkey"));
  CHECK(ensure(p, ObjectKind::Schema, "app") < ensure(p, ObjectKind::Table, "app.t"));
  for (size_t i = 0; i < p.steps.size(); ++i) CHECK(p.steps[i].number == static_cast<int>(i + 1));
}

TEST_CASE("a foreign key waits for the unique index it references, a domain for the type it is over") {
  Built b;
  build(b, "", R"(
    create table a (id int not null);
    create unique index a_id_key on a (id);
    create table b (a_id int references a (id));
    create schema test;
    create domain test.point_2d_checked as test.point_2d check (value is not null);
    create type test.point_2d as (x float8, y float8);
  )");
  const Plan& p = b.plan;
  CHECK(ensure(p, ObjectKind::Index, "public.a_id_key") < ensure(p, ObjectKind::Constraint, "public.b.b_a_id_fkey"));
  CHECK(ensure(p, ObjectKind::Composite, "test.point_2d") < ensure(p, ObjectKind::Domain, "test.point_2d_checked"));
}

TEST_CASE("a table waits for the functions and sequences its defaults call; views for what they read") {
  Built b;
  build(b, "", R"(
    create table t (id bigint default nextval('s'), n text default next_name());
    create sequence s;
    create function next_name() returns text language sql as $$ select 'x' $$;
    create view v2 as select * from v1;
    create view v1 as select id from t;
  )");
  const Plan& p = b.plan;
  CHECK(ensure(p, ObjectKind::Sequence, "public.s") < ensure(p, ObjectKind::Table, "public.t"));
  CHECK(ensure(p, ObjectKind::Function, "public.next_name()") < ensure(p, ObjectKind::Table, "public.t"));
  CHECK(ensure(p, ObjectKind::View, "public.v1") < ensure(p, ObjectKind::View, "public.v2"));
}

TEST_CASE("drops go in reverse dependency order, after what stops using them") {
  Built b;
  const char* actual = R"(
    create sequence s;
    create table t (id bigint default nextval('s'));
    create view v1 as select id from t;
    create view v2 as select id from v1;
    create function f() returns int language sql as $$ select 1 $$;
    create table u (x int default f());
  )";
  build(b, actual, "create table t (id bigint); create table u (x int);", allow({"view", "sequence", "function"}));
  const Plan& p = b.plan;
  CHECK(dropped(p, ObjectKind::View, "public.v2") < dropped(p, ObjectKind::View, "public.v1"));
  CHECK(ensure(p, ObjectKind::Column, "public.t.id") < dropped(p, ObjectKind::Sequence, "public.s"));
  CHECK(ensure(p, ObjectKind::Column, "public.u.x") < dropped(p, ObjectKind::Function, "public.f()"));
}

TEST_CASE("an object that something left alone depends on is not dropped") {
  Built b;
  build(b, "create table t (id int); create view v as select id from t;", "", allow({"table"}));
  CHECK(std::none_of(b.plan.steps.begin(), b.plan.steps.end(), [](const Step& s) { return s.action == StepAction::Drop; }));
  CHECK(b.plan.left_alone.size() == 2);
  REQUIRE(b.plan.notes.size() == 1);
  CHECK(b.plan.notes[0].find("not dropped: table public.t") != std::string::npos);
}

TEST_CASE("hazards are judged against the actual database") {
  Built b;
  build(b, "create table t (id int, n varchar(10));", "create table t (id int not null, n text); create index on t (n);");
  const Plan& p = b.plan;
  CHECK(p.steps[ensure(p, ObjectKind::Column, "public.t.n")].hazards.count(Hazard::rewrites_table));
  CHECK(p.steps[ensure(p, ObjectKind::Column, "public.t.id")].hazards.count(Hazard::may_fail_on_rows));
  CHECK(p.steps[ensure(p, ObjectKind::Index, "public.t_n_idx")].hazards.count(Hazard::builds_index));
}

TEST_CASE("an enum whose labels must be removed or reordered is made again, removals only when allowed") {
  const char* actual = "create type m as enum ('a', 'b', 'c');";
  Built added;  // labels added in place, no hazard
  build(added, actual, "create type m as enum ('a', 'x', 'b', 'c', 'y');");
  CHECK(added.plan.steps[ensure(added.plan, ObjectKind::Enum, "public.m")].hazards.empty());
  CHECK(added.plan.notes.empty());

  Built reordered;  // no label lost: made again without asking
  build(reordered, actual, "create type m as enum ('c', 'a', 'b');");
  const Step& r = reordered.plan.steps[ensure(reordered.plan, ObjectKind::Enum, "public.m")];
  CHECK(r.hazards.count(Hazard::rewrites_table));
  CHECK_FALSE(r.hazards.count(Hazard::may_fail_on_rows));

  Built kept;  // a label to remove: kept, and said so
  build(kept, actual, "create type m as enum ('a', 'c');");
  CHECK(kept.plan.steps[ensure(kept.plan, ObjectKind::Enum, "public.m")].hazards.empty());
  REQUIRE(kept.plan.notes.size() == 1);
  CHECK(kept.plan.notes[0] == "labels kept: type public.m keeps 'b' (--allow-drop type removes them by making the type again)");

  Built removed;
  build(removed, actual, "create type m as enum ('a', 'c');", allow({"type"}));
  const Step& x = removed.plan.steps[ensure(removed.plan, ObjectKind::Enum, "public.m")];
  CHECK(x.drop_extra_parts);
  CHECK(x.hazards.count(Hazard::may_fail_on_rows));
  CHECK(removed.plan.notes.empty());

  Built renamed;  // a label renamed by the migrations is not a removal
  build(renamed, actual, "create type m as enum ('a', 'b', 'c'); alter type m rename value 'b' to 'bee';");
  CHECK(renamed.plan.steps[ensure(renamed.plan, ObjectKind::Enum, "public.m")].hazards.empty());
  CHECK(renamed.plan.notes.empty());
}

TEST_CASE("objects only in actual are left alone unless the policy allows the drop") {
  Built kept;
  build(kept, "create table t (id int, legacy text); create table tmp (x int);", "create table t (id int);");
  CHECK(kept.plan.left_alone.size() == 2);
  CHECK(std::none_of(kept.plan.steps.begin(), kept.plan.steps.end(), [](const Step& s) { return s.action == StepAction::Drop; }));

  Built with_drops;
  build(with_drops, "create table t (id int, legacy text); create table tmp (x int);", "create table t (id int);", allow({"column"}));
  CHECK(with_drops.plan.left_alone.size() == 1);  // the table stays
  CHECK(with_drops.plan.steps[dropped(with_drops.plan, ObjectKind::Column, "public.t.legacy")].hazards.count(Hazard::deletes_data));
}

TEST_CASE("objects in sync carry the actual object, whose texts predict what the server prints") {
  Built b;
  build(b, "create table t (id int default 1, n text);", "create table t (id int default 1, n text not null);");
  const Plan& p = b.plan;
  const Step& id = p.steps[ensure(p, ObjectKind::Column, "public.t.id")];
  const Step& n = p.steps[ensure(p, ObjectKind::Column, "public.t.n")];
  CHECK(id.in_sync);
  CHECK_FALSE(id.in_drift);
  CHECK(id.actual.as<catalog::Column>() == &b.actual.tables.at({"public", "t"}).columns.at("id"));
  CHECK_FALSE(n.in_sync);
  CHECK(n.in_drift);
}

TEST_CASE("drift only keeps the steps the actual database needs, with a missing table's parts") {
  Built b;
  PlanOptions o;
  o.drift_only = true;
  build(b, "create table t (id int primary key, n text);",
        "create table t (id int primary key, n varchar(20)); create table u (id int primary key, t_id int references t (id));", o);
  std::vector<std::string> ids;
  for (const Step& s : b.plan.steps) ids.push_back(std::string(object_kind_name(s.kind)) + " " + s.id);
  CHECK(ids == std::vector<std::string>{"table public.u", "column public.t.n", "column public.u.id", "column public.u.t_id",
                                        "constraint public.u.u_pkey", "constraint public.u.u_t_id_fkey"});
  for (size_t i = 0; i < b.plan.steps.size(); ++i) CHECK(b.plan.steps[i].number == static_cast<int>(i + 1));
}
