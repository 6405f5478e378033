// Builds the reconciler plan: an ensure step for every desired object (so the script works
// from any starting state), drops only where allowed, then a stable dependency order.
#include <algorithm>
#include <cctype>
#include <map>

#include "base/sql_ident.h"
#include "catalog/replay.h"
#include "plan/graph.h"
#include "plan/step.h"

namespace pgdrift {

using namespace catalog;

namespace {
// Priority among ready steps; dependencies come from explicit edges as well.
enum Rank { kSchema, kDefaultPrivileges, kExtension, kEnum, kDropKey, kDrop, kDropContainer, kType, kFunction, kSequence, kTable, kColumn, kOwner, kKey, kCheck,
            kForeignKey, kView, kAtomicFunction, kIndex, kPublication, kPolicy, kTrigger, kComment, kPrivileges };

struct Builder {
  const Catalog& actual;
  const Catalog& desired;
  std::vector<Step> steps;
  std::vector<int> rank;
  std::map<std::string, size_t> by_id;  // "<kind>:<id>" -> step index

  size_t add(StepKind kind, ObjectKind ok, std::string id, StepObject obj, int r, int phase = 2) {
    Step s{kind, ok, id, obj, {}, phase, 0, {}};
    steps.push_back(std::move(s));
    rank.push_back(r);
    by_id[std::string(object_kind_name(ok)) + ":" + id] = steps.size() - 1;
    return steps.size() - 1;
  }
  void depend(size_t step, ObjectKind ok, const std::string& id) {
    auto it = by_id.find(std::string(object_kind_name(ok)) + ":" + id);
    if (it != by_id.end() && it->second != step) steps[step].after.push_back(it->second);
  }
  const Table* actual_table(const Table& t) const {
    auto it = actual.tables.find({t.schema, t.name});
    return it == actual.tables.end() ? nullptr : &it->second;
  }

  void schemas_and_types();
  void tables();
  void columns(const Table& t, size_t table_step);
  void constraints(const Table& t);
  void indexes();
  void rules();
  void types();
  void type_edges();
  void views();
  void privileges(const DropPolicy& drops);
  void publications();
  bool drop_constraints = false;
  bool drop_publication_parts = false;
  bool partial_on_partitions(const Index& ix) const;
};

// A view waits for the relations it reads (and every column of those tables); indexes on a
// materialized view wait for the view.
void Builder::views() {
  for (const Key& k : views_in_dependency_order(desired)) {
    const View& v = desired.views.at(k);
    size_t i = add(StepKind::EnsureView, ObjectKind::View, key_text(k), {.view = &v}, kView);
    depend(i, ObjectKind::Schema, quote_ident(k.first));
    for (const Key& r : v.reads.value) {
      depend(i, ObjectKind::View, key_text(r));
      depend(i, ObjectKind::Table, key_text(r));
      if (auto t = desired.tables.find(r); t != desired.tables.end())
        for (const std::string& c : t->second.column_order.value) depend(i, ObjectKind::Column, key_text(r) + "." + quote_ident(c));
    }
    auto a = actual.views.find(k);
    if (v.materialized && a != actual.views.end() && !(a->second == v)) steps[i].hazards.insert(Hazard::access_exclusive);
  }
}

// A composite attribute may be a table's row type: that type waits for the table.
void Builder::type_edges() {
  for (const auto& [k, c] : desired.composites) {
    auto self = by_id.find(std::string(object_kind_name(kind_of<std::decay_t<decltype(c)>>::value)) + ":" + key_text(k));
    if (self == by_id.end()) continue;
    for (const auto& [n, t] : c.attributes) {
      std::string base = t.size() > 2 && t.compare(t.size() - 2, 2, "[]") == 0 ? t.substr(0, t.size() - 2) : t;
      depend(self->second, ObjectKind::Table, base);
    }
  }
  // A domain whose CHECK or default calls a function of the schema waits for that function.
  for (const auto& [k, d] : desired.domains) {
    auto self = by_id.find(std::string(object_kind_name(ObjectKind::Domain)) + ":" + key_text(k));
    if (self == by_id.end()) continue;
    std::string text = d.default_expr ? d.default_expr->sql.value : "";
    for (const auto& [n, c] : d.checks) text += " " + c.check.sql.value;
    for (const auto& [fk, f] : desired.functions)
      if (text.find(qualified(f.schema, f.name) + "(") != std::string::npos || text.find(" " + f.name + "(") != std::string::npos ||
          text.rfind(f.name + "(", 0) == 0)
        steps[self->second].after.push_back(by_id.at("function:" + qualified(f.schema, f.name) + "(" + f.identity + ")"));
  }
  // So may a function's argument or result type (pg_dump orders these after the table).
  for (const auto& [k, f] : desired.functions) {
    auto self = by_id.find("function:" + qualified(f.schema, f.name) + "(" + f.identity + ")");
    if (self == by_id.end()) continue;
    for (const auto& [tk, t] : desired.tables) {
      std::string id = key_text(tk);
      auto mentions = [&](const std::string& text) {
        for (size_t p = text.find(id); p != std::string::npos; p = text.find(id, p + 1)) {
          size_t end = p + id.size();
          bool word_end = end == text.size() || !(std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_');
          if (word_end) return true;
        }
        return false;
      };
      if (mentions(f.identity) || mentions(f.result) || mentions(f.arguments)) depend(self->second, ObjectKind::Table, id);
    }
  }
}

// Functions first (pg_dump's way: with check_function_bodies off, bodies may name tables
// created later), triggers and policies after the tables and columns they use.
void Builder::types() {
  for (const auto& [k, d] : desired.domains) {
    size_t i = add(StepKind::EnsureDomain, ObjectKind::Domain, key_text(k), {.domain = &d}, kType);
    steps[i].drop_extra_parts = drop_constraints;
  }
  for (const auto& [k, c] : desired.composites) add(StepKind::EnsureComposite, ObjectKind::Composite, key_text(k), {.composite = &c}, kType);
  for (const auto& [k, r] : desired.ranges) add(StepKind::EnsureRange, ObjectKind::Range, key_text(k), {.range = &r}, kType);
}

void Builder::rules() {
  for (const auto& [k, f] : desired.functions) {
    // A SQL-standard body (BEGIN ATOMIC) is checked against the tables it uses when created.
    size_t i = add(StepKind::EnsureFunction, ObjectKind::Function, qualified(f.schema, f.name) + "(" + f.identity + ")",
                   {.function = &f}, f.sql_standard_body ? kAtomicFunction : kFunction);
    depend(i, ObjectKind::Schema, quote_ident(f.schema));
  }
  for (const auto& [k, t] : desired.tables) {
    std::string tid = key_text(k);
    for (const auto& [n, p] : t.policies) {
      size_t i = add(StepKind::EnsurePolicy, ObjectKind::Policy, tid + "." + quote_ident(n), {.table = &t, .policy = &p}, kPolicy);
      depend(i, ObjectKind::Table, tid);
    }
    for (const auto& [n, tr] : t.triggers) {
      size_t i = add(StepKind::EnsureTrigger, ObjectKind::Trigger, tid + "." + quote_ident(n), {.table = &t, .trigger = &tr}, kTrigger);
      depend(i, ObjectKind::Table, tid);
    }
  }
}

void Builder::schemas_and_types() {
  for (const auto& [n, s] : desired.schemas) add(StepKind::EnsureSchema, ObjectKind::Schema, quote_ident(n), {.schema = &s}, kSchema, 1);
  for (const auto& [n, e] : desired.extensions) {
    size_t i = add(StepKind::EnsureExtension, ObjectKind::Extension, quote_ident(n), {.extension = &e}, kExtension, 1);
    depend(i, ObjectKind::Schema, quote_ident(e.schema));
  }
  for (const auto& [k, e] : desired.enums) {
    size_t i = add(StepKind::EnsureEnum, ObjectKind::Enum, key_text(k), {.enum_type = &e}, kEnum, 1);
    depend(i, ObjectKind::Schema, quote_ident(k.first));
  }
  for (const auto& [k, s] : desired.sequences) {
    if (s.identity) continue;  // created with its column
    size_t i = add(StepKind::EnsureSequence, ObjectKind::Sequence, key_text(k), {.sequence = &s}, kSequence);
    depend(i, ObjectKind::Schema, quote_ident(k.first));
  }
}

void Builder::columns(const Table& t, size_t table_step) {
  const Table* at = actual_table(t);
  std::string tid = qualified(t.schema, t.name);
  for (const std::string& name : t.column_order.value) {
    const Column* c = t.column(name);
    if (!c) continue;
    size_t i = add(StepKind::EnsureColumn, ObjectKind::Column, tid + "." + quote_ident(name), {.table = &t, .column = c}, kColumn);
    steps[i].after.push_back(table_step);
    if (c->type.find('.') != std::string::npos) {
      std::string base = c->type.substr(0, c->type.rfind("[]") == c->type.size() - 2 ? c->type.size() - 2 : c->type.size());
      for (ObjectKind k : {ObjectKind::Enum, ObjectKind::Domain, ObjectKind::Composite, ObjectKind::Range}) depend(i, k, base);
    }
    const Column* ac = at ? at->column(name) : nullptr;
    auto& hz = steps[i].hazards;
    if (at && !ac) {
      hz.insert(Hazard::access_exclusive);
      if (c->generated) hz.insert(Hazard::rewrites_table);
      if (c->not_null && !c->default_expr && !c->identity) hz.insert(Hazard::may_fail_on_rows);
    } else if (ac) {
      if (ac->type != c->type) hz.insert({Hazard::rewrites_table, Hazard::access_exclusive, Hazard::may_fail_on_rows});
      if (c->not_null && !ac->not_null) hz.insert({Hazard::access_exclusive, Hazard::may_fail_on_rows});
      if (!(ac->default_expr == c->default_expr)) hz.insert(Hazard::access_exclusive);
    }
  }
}

void Builder::constraints(const Table& t) {
  const Table* at = actual_table(t);
  std::string tid = qualified(t.schema, t.name);
  for (const auto& [n, c] : t.constraints) {
    bool fk = c.type == ConType::ForeignKey;
    int r = fk ? kForeignKey : c.type == ConType::Check ? kCheck : kKey;
    size_t i = add(StepKind::EnsureConstraint, ObjectKind::Constraint, tid + "." + quote_ident(n), {.table = &t, .constraint = &c}, r);
    depend(i, ObjectKind::Table, tid);
    for (const std::string& col : c.columns) depend(i, ObjectKind::Column, tid + "." + quote_ident(col));
    if (fk) {
      depend(i, ObjectKind::Table, key_text(c.ref_table));
      auto rt = desired.tables.find(c.ref_table);
      if (rt != desired.tables.end())
        for (const auto& [rn, rc] : rt->second.constraints)
          if ((rc.type == ConType::PrimaryKey || rc.type == ConType::Unique) && rc.columns == c.ref_columns)
            depend(i, ObjectKind::Constraint, key_text(c.ref_table) + "." + quote_ident(rn));
    }
    auto ac = at ? at->constraints.find(n) : decltype(at->constraints.end()){};
    bool exists = at && ac != at->constraints.end();
    if (at && (!exists || !(ac->second == c))) {
      steps[i].hazards.insert({Hazard::access_exclusive, Hazard::may_fail_on_rows});
      if (c.type == ConType::PrimaryKey || c.type == ConType::Unique || c.type == ConType::Exclude)
        steps[i].hazards.insert(Hazard::builds_index);
    }
  }
}

void Builder::tables() {
  for (const auto& [k, t] : desired.tables) {
    std::string tid = key_text(k);
    size_t i = add(StepKind::EnsureTable, ObjectKind::Table, tid, {.table = &t}, kTable);
    depend(i, ObjectKind::Schema, quote_ident(k.first));
    if (const Table* at = actual_table(t); at && at->unlogged != t.unlogged)  // SET [UN]LOGGED rewrites it
      steps[i].hazards.insert({Hazard::rewrites_table, Hazard::access_exclusive});
    if (!t.from_query.value) columns(t, i);
  }
  for (const auto& [k, s] : desired.sequences) {
    if (s.identity || s.owner_table.second.empty()) continue;
    std::string col = key_text(s.owner_table) + "." + quote_ident(s.owner_column);
    size_t seq_step = by_id.at("sequence:" + key_text(k));
    size_t i = add(StepKind::SequenceOwner, ObjectKind::Sequence, key_text(k), {.sequence = &s}, kOwner);
    steps[i].after.push_back(seq_step);
    depend(i, ObjectKind::Column, col);
  }
  for (const auto& [k, t] : desired.tables) {  // partitions and inheritance children after their parents
    size_t i = by_id.at("table:" + key_text(k));
    if (!t.partition_of.second.empty()) depend(i, ObjectKind::Table, key_text(t.partition_of));
    for (const Key& p : t.inherits) depend(i, ObjectKind::Table, key_text(p));
  }
  for (const auto& [k, t] : desired.tables) constraints(t);
}

// A publication waits for its tables (and every column of them: column lists, row filters).
void Builder::publications() {
  for (const auto& [n, p] : desired.publications) {
    size_t i = add(StepKind::EnsurePublication, ObjectKind::Publication, quote_ident(n), {.publication = &p}, kPublication);
    steps[i].drop_extra_parts = drop_publication_parts;
    for (const auto& [k, t] : p.tables) {
      depend(i, ObjectKind::Table, key_text(k));
      if (auto tt = desired.tables.find(k); tt != desired.tables.end())
        for (const std::string& c : tt->second.column_order.value) depend(i, ObjectKind::Column, key_text(k) + "." + quote_ident(c));
    }
    for (const std::string& s : p.schemas) depend(i, ObjectKind::Schema, quote_ident(s));
  }
}

// One step per object with desired grants (or a stated owner), after everything else.
void Builder::privileges(const DropPolicy& drops) {
  std::set<std::string> actual_objects = acl_objects(actual);
  if (drops.privileges) {  // before anything is created, so new objects get them at once
    size_t i = add(StepKind::EnsureDefaultPrivileges, ObjectKind::Privilege, "default privileges", {}, kDefaultPrivileges);
    for (const DefaultGrant& d : desired.default_grants.value)
      if (!d.schema.empty()) depend(i, ObjectKind::Schema, quote_ident(d.schema));
  }
  std::map<std::string, const std::string*> objects;  // names live in the desired catalog
  if (drops.privileges)
    for (const Grant& g : desired.grants.value) objects.emplace(g.object, &g.object);
  if (drops.owners)
    for (const auto& [o, role] : desired.owners.value) objects.emplace(o, &o);
  for (const auto& [o, stored] : objects) {
    std::string name = o.substr(o.find(' ') + 1);
    size_t i = add(StepKind::EnsurePrivileges, ObjectKind::Privilege, o, {.acl_object = stored}, kPrivileges);
    steps[i].grants = drops.privileges;
    steps[i].owners = drops.owners;
    steps[i].exact = !actual_objects.count(o) || drops.kinds.count("privilege");
    for (ObjectKind k : {ObjectKind::Table, ObjectKind::View, ObjectKind::Sequence, ObjectKind::Function, ObjectKind::Enum, ObjectKind::Domain, ObjectKind::Composite, ObjectKind::Range})
      depend(i, k, name);
    if (o.rfind("SCHEMA ", 0) == 0) depend(i, ObjectKind::Schema, name);
  }
}

// An index of a partitioned table is created without ONLY (PostgreSQL then builds or
// attaches it on every partition) unless a partition has no index of that shape.
bool Builder::partial_on_partitions(const Index& ix) const {
  auto t = desired.tables.find({ix.schema, ix.table});
  if (t == desired.tables.end() || t->second.partition_by.empty()) return false;
  for (const auto& [ck, child] : desired.tables) {
    if (child.partition_of != t->first) continue;
    bool found = false;
    for (const auto& [ik, other] : desired.indexes)
      found = found || (other.schema == child.schema && other.table == child.name && other.keys == ix.keys &&
                        other.unique == ix.unique && other.method == ix.method && other.where == ix.where && other.include == ix.include);
    if (!found) return true;
  }
  return false;
}

void Builder::indexes() {
  for (const auto& [k, ix] : desired.indexes) {
    std::string tid = qualified(ix.schema, ix.table);
    size_t i = add(StepKind::EnsureIndex, ObjectKind::Index, key_text(k), {.index = &ix}, kIndex);
    depend(i, ObjectKind::Table, tid);
    depend(i, ObjectKind::View, tid);
    for (const IndexKey& key : ix.keys)
      if (!key.column.empty()) depend(i, ObjectKind::Column, tid + "." + quote_ident(key.column));
    steps[i].only = partial_on_partitions(ix);
    auto ai = actual.indexes.find(k);
    bool table_in_actual = actual.tables.count({ix.schema, ix.table}) > 0;
    if (table_in_actual && (ai == actual.indexes.end() || !(ai->second == ix))) steps[i].hazards.insert(Hazard::builds_index);
  }
}

// Keys, indexes, views, triggers and policies go before the tables and functions they use;
// schemas and extensions last, once what was in them is gone.
int drop_rank(ObjectKind k) {
  switch (k) {
    case ObjectKind::Constraint: case ObjectKind::Index: case ObjectKind::View:
    case ObjectKind::Trigger: case ObjectKind::Policy:
      return kDropKey;
    case ObjectKind::Schema: case ObjectKind::Extension: return kDropContainer;
    default: return kDrop;
  }
}
}  // namespace

Plan plan_reconcile(const Catalog& actual, const Catalog& desired, const ChangeSet& changes, const DropPolicy& drops) {
  Builder b{actual, desired, {}, {}, {}};
  b.drop_constraints = drops.kinds.count("constraint") > 0;
  b.drop_publication_parts = drops.kinds.count("publication") > 0;
  b.schemas_and_types();
  b.types();
  b.tables();
  b.views();
  b.indexes();
  b.rules();
  b.type_edges();
  b.privileges(drops);
  b.publications();
  Plan plan;
  for (const Change& c : changes.changes) {
    if (c.change != ChangeKind::Extra) continue;
    if (!drops.allows(c.kind, c.id)) {
      plan.left_alone.push_back(c);
      continue;
    }
    size_t i = b.add(StepKind::Drop, c.kind, c.id, {}, drop_rank(c.kind));
    bool holds_data = c.kind == ObjectKind::Table || c.kind == ObjectKind::Column || c.kind == ObjectKind::Sequence;
    b.steps[i].hazards.insert(Hazard::access_exclusive);
    if (holds_data) b.steps[i].hazards.insert(Hazard::deletes_data);
  }
  plan.steps = order_steps(std::move(b.steps), b.rank);
  return plan;
}

}  // namespace pgdrift
