// The plan's edges. Creates follow the desired catalog's dependencies; drops follow the actual
// catalog's, in reverse: an object goes after everything that depends on it is gone or has been
// changed not to depend on it any more.
#include "plan/plan_detail.h"

namespace pgdrift::plan_detail {

using namespace catalog;

namespace {
// An index of a partitioned table is created without ONLY (PostgreSQL then builds or attaches it
// on every partition) unless a partition has no index of that shape.
bool partial_on_partitions(const Catalog& desired, const Index& ix) {
  auto t = desired.tables.find({ix.schema, ix.table});
  if (t == desired.tables.end() || t->second.partition_by.empty()) return false;
  for (const auto& [ck, child] : desired.tables) {
    if (child.partition_of != t->first) continue;
    bool found = false;
    for (const auto& [ik, other] : desired.indexes)
      found = found || (other.schema == child.schema && other.table == child.name && other.keys == ix.keys &&
                        other.unique == ix.unique && other.method == ix.method && other.where == ix.where &&
                        other.include == ix.include);
    if (!found) return true;
  }
  return false;
}

// The table an object belongs to (its own for parts and indexes), or nullptr.
const Table* owning_table(const Catalog& cat, const ObjectRef& o) {
  if (o.table()) return o.table();
  if (const Index* ix = o.as<Index>()) {
    auto t = cat.tables.find({ix->schema, ix->table});
    return t == cat.tables.end() ? nullptr : &t->second;
  }
  return nullptr;
}
}  // namespace

void Builder::desired_edges() {
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    Step& s = plan.steps[i];
    if (s.action != StepAction::Ensure) continue;
    for (const ObjectRef& d : desired_deps.of(s.object))
      if (auto from = ensure_step(d)) edge(*from, i);
    if (const Index* ix = s.object.as<Index>()) s.only = partial_on_partitions(desired, *ix);
  }
}

void Builder::drops(const ChangeSet& changes) {
  for (const Change& c : changes.changes) {
    if (c.change != ChangeKind::Extra || !c.from) continue;
    if (!opts.drops.allows(c.kind, c.id) || c.kind == ObjectKind::Owner) {
      plan.left_alone.push_back(c);
      continue;
    }
    if (c.kind == ObjectKind::Column && c.from.table() && !c.from.table()->of_type.second.empty()) {
      plan.notes.push_back("not dropped: column " + c.id + " (its table is typed: the column is an attribute of type " +
                           key_text(c.from.table()->of_type) + ")");
      plan.left_alone.push_back(c);
      continue;
    }
    size_t i = add(StepAction::Drop, c.from, drop_rank(c.kind));
    Step& s = plan.steps[i];
    s.in_drift = true;
    drop_of[node_key(s.kind, s.id)] = i;
  }
}

// A relation name a dropped object frees (its own, and for a table its indexes and keys) that a
// desired relation takes: the drop comes first.
void Builder::name_edges() {
  std::map<Key, std::vector<size_t>> creates;  // (schema, relation name) -> ensure steps
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const Step& s = plan.steps[i];
    if (s.action != StepAction::Ensure) continue;
    if (const Table* t = s.object.as<Table>()) creates[{t->schema, t->name}].push_back(i);
    if (const View* v = s.object.as<View>()) creates[{v->schema, v->name}].push_back(i);
    if (const Sequence* q = s.object.as<Sequence>()) creates[{q->schema, q->name}].push_back(i);
    if (const Index* ix = s.object.as<Index>()) creates[{ix->schema, ix->name}].push_back(i);
    if (const Constraint* c = s.object.as<Constraint>(); c && c->type != ConType::Check && c->type != ConType::ForeignKey)
      creates[{s.object.table()->schema, c->name}].push_back(i);
  }
  for (const auto& [key, x] : drop_of) {
    const Step& drop = plan.steps[x];
    std::vector<Key> names;
    if (const Table* t = drop.object.as<Table>()) {
      names.push_back({t->schema, t->name});
      for (const auto& [k, ix] : actual.indexes)
        if (ix.schema == t->schema && ix.table == t->name) names.push_back(k);
      for (const auto& [n, c] : t->constraints)
        if (c.type != ConType::Check && c.type != ConType::ForeignKey) names.push_back({t->schema, n});
    }
    if (const View* v = drop.object.as<View>()) names.push_back({v->schema, v->name});
    if (const Sequence* q = drop.object.as<Sequence>()) names.push_back({q->schema, q->name});
    if (const Index* ix = drop.object.as<Index>()) names.push_back({ix->schema, ix->name});
    if (const Constraint* c = drop.object.as<Constraint>(); c && c->type != ConType::Check && c->type != ConType::ForeignKey)
      names.push_back({drop.object.table()->schema, c->name});
    for (const Key& n : names)
      if (auto it = creates.find(n); it != creates.end())
        for (size_t y : it->second) edge(x, y);
  }
}

// A desired constraint or index whose live version depends on what is dropped, and that the
// desired schema changes: released (dropped when it differs) before the drop, created after
// what it needs now.
size_t Builder::release(size_t ensure_step) {
  if (auto it = release_of.find(ensure_step); it != release_of.end()) return it->second;
  Step copy = plan.steps[ensure_step];
  size_t i = add(StepAction::Release, copy.object, kDropDependent);
  plan.steps[i].actual = copy.actual;
  plan.steps[i].in_drift = true;
  edge(i, ensure_step);
  release_of[ensure_step] = i;
  return i;
}

size_t Builder::drop_part(const ObjectRef& part) {
  std::string key = node_key(part.kind(), object_id(part));
  if (auto it = drop_of.find(key); it != drop_of.end()) return it->second;
  size_t i = add(StepAction::Drop, part, kDropDependent);
  plan.steps[i].in_drift = true;
  drop_of[key] = i;
  return i;
}

// What an extension defines (types, functions, operators) is not in the catalog: an extension
// goes after every other drop.
void Builder::extension_edges() {
  for (const auto& [key, x] : drop_of)
    if (plan.steps[x].kind == ObjectKind::Extension)
      for (const auto& [other_key, y] : drop_of)
        if (plan.steps[y].kind != ObjectKind::Extension && plan.steps[y].kind != ObjectKind::Schema) edge(y, x);
}

void Builder::drop_edges() {
  if (drop_of.empty()) return;
  std::map<std::string, std::vector<ObjectRef>> dependents;  // node_key -> actual objects that depend on it
  for_each_object(actual, [&](const ObjectRef& a) {
    for (const ObjectRef& d : actual_deps.of(a)) dependents[node_key(d.kind(), object_id(d))].push_back(a);
  });
  std::set<size_t> refused;
  for (const auto& [key, x] : drop_of) {
    // the step's fields are copied: release() adds steps
    ObjectKind drop_kind = plan.steps[x].kind;
    std::string drop_id = plan.steps[x].id;
    const Table* dropped_table = plan.steps[x].object.as<Table>();
    const View* dropped_view = plan.steps[x].object.as<View>();
    const Table* of_column = drop_kind == ObjectKind::Column ? plan.steps[x].object.table() : nullptr;
    for (const ObjectRef& a : dependents[key]) {
      const Table* owner = owning_table(actual, a);
      if (dropped_table && owner == dropped_table) continue;  // its parts and indexes go with it
      if (const Index* ix = a.as<Index>(); ix && dropped_view && ix->schema == dropped_view->schema && ix->table == dropped_view->name)
        continue;  // a materialized view's indexes go with it
      if (dropped_view && a.view() == dropped_view) continue;  // and a view's triggers
      if (const Sequence* sq = a.as<Sequence>(); sq && !sq->owner_table.second.empty())  // an owned sequence goes with its table
        if (auto t = drop_of.find(node_key(ObjectKind::Table, key_text(sq->owner_table))); t != drop_of.end()) {
          edge(t->second, x);
          continue;
        }
      if (a.view())  // a trigger of a view that is dropped goes with that view
        if (auto v = drop_of.find(node_key(ObjectKind::View, object_id(ObjectRef(*a.view())))); v != drop_of.end()) {
          edge(v->second, x);
          continue;
        }
      std::string akey = node_key(a.kind(), object_id(a));
      if (owner && owner != dropped_table)  // a part of a table that is dropped goes with that table,
        if (auto t = drop_of.find(node_key(ObjectKind::Table, object_id(ObjectRef(*owner)))); t != drop_of.end() && t->second != x) {
          // but a foreign key between two dropped tables goes first on its own (as pg_dump breaks
          // such cycles): the tables then do not wait for each other
          if (dropped_table && a.kind() == ObjectKind::Constraint) edge(drop_part(a), x);
          else edge(t->second, x);
          continue;
        }
      if (auto d = drop_of.find(akey); d != drop_of.end()) {
        edge(d->second, x);
      } else if (auto e = ensure_of.find(akey); e != ensure_of.end()) {
        bool replaceable = plan.steps[e->second].kind == ObjectKind::Constraint || plan.steps[e->second].kind == ObjectKind::Index;
        edge(replaceable && !plan.steps[e->second].in_sync ? release(e->second) : e->second, x);
      } else if (of_column && owner == of_column && (a.kind() == ObjectKind::Index || a.kind() == ObjectKind::Constraint)) {
        continue;
      } else if (!of_column && a.kind() != ObjectKind::Privilege && a.kind() != ObjectKind::Owner) {
        plan.notes.push_back("not dropped: " + std::string(object_kind_name(drop_kind)) + " " + drop_id + " (" +
                             object_kind_name(a.kind()) + " " + object_id(a) + ", left alone, depends on it)");
        refused.insert(x);
        break;
      }
    }
  }
  for (size_t x : refused) {  // left alone instead
    const Step& s = plan.steps[x];
    plan.left_alone.push_back(Change{s.kind, ChangeKind::Extra, s.id, s.id, {}, {}, {}, s.object, {}});
    removed.insert(x);
  }
}

}  // namespace pgdrift::plan_detail
