// DO blocks: IF branches are taken the way PL/pgSQL would take them, evaluating pgdrift's
// catalog guards (has_table, has_column, ...) on the simulated catalog. A guard pgdrift does
// not understand counts as true: the reconciler's bodies behind such guards (type, default,
// definition differs) converge to the desired state whether or not they run.
#include <algorithm>

#include "catalog/object_kind.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
// Does any schema (or the given one, "" = any) satisfy `pred` for a key of `m`?
template <class Map, class Pred>
bool any_in(const Map& m, const std::string& schema, Pred pred) {
  for (const auto& [k, v] : m)
    if ((schema.empty() || k.first == schema) && pred(k, v)) return true;
  return false;
}

bool has_relation(const Catalog& cat, const std::string& schema, const std::string& name) {
  auto named = [&](const Key& k, const auto&) { return k.second == name; };
  if (any_in(cat.tables, schema, named) || any_in(cat.sequences, schema, named) || any_in(cat.indexes, schema, named)) return true;
  return any_in(cat.tables, schema, [&](const Key&, const Table& t) {
    auto c = t.constraints.find(name);
    return c != t.constraints.end() && c->second.type != ConType::Check && c->second.type != ConType::ForeignKey;
  });
}

// Whether an object of a kind (its registry name: "type" for enums, domains, composite and range
// types) has this name in any schema. Every kind of the registry is visited.
bool has_named(const Catalog& cat, const std::string& kind, const std::string& name) {
  bool found = false;
  for_each_object(cat, [&](const ObjectRef& r) {
    if (found || object_kind_name(r.kind()) != kind) return;
    found = visit_object(r, [&](const auto& o) {
      if constexpr (requires { o.name; }) {
        std::string n = o.name;  // operator classes and families: "name/method"
        return n.substr(0, n.find('/')) == name;
      } else {
        return false;
      }
    });
  });
  return found;
}

bool evaluate(const Catalog& cat, const std::string& fn, const std::vector<std::string>& a) {
  auto table_has = [&](const std::string& s, const std::string& t, auto pred) {
    return any_in(cat.tables, s, [&](const Key& k, const Table& tb) { return k.second == t && pred(tb); });
  };
  if (fn == "has_schema" && a.size() == 1) return cat.schemas.count(a[0]) > 0;
  if (fn == "has_extension" && a.size() == 1) return cat.extensions.count(a[0]) > 0;
  if (fn == "has_type" && a.size() == 2) return cat.enums.count({a[0], a[1]}) > 0;
  if (fn == "has_named" && a.size() == 2) return has_named(cat, a[0], a[1]);
  if (fn == "has_enum_label" && a.size() == 3) {
    auto it = cat.enums.find({a[0], a[1]});
    return it != cat.enums.end() && std::find(it->second.labels.begin(), it->second.labels.end(), a[2]) != it->second.labels.end();
  }
  if (fn == "has_table" && a.size() == 2) return any_in(cat.tables, a[0], [&](const Key& k, const auto&) { return k.second == a[1]; });
  if (fn == "has_sequence" && a.size() == 2) return any_in(cat.sequences, a[0], [&](const Key& k, const auto&) { return k.second == a[1]; });
  if ((fn == "has_index" || fn == "has_relation") && a.size() == 2) return has_relation(cat, a[0], a[1]);
  if (fn == "has_column" && a.size() == 3) return table_has(a[0], a[1], [&](const Table& t) { return t.columns.count(a[2]) > 0; });
  if (fn == "has_constraint" && a.size() == 3) return table_has(a[0], a[1], [&](const Table& t) { return t.constraints.count(a[2]) > 0; });
  if (fn == "has_constraint_named" && a.size() == 1)
    return any_in(cat.tables, "", [&](const Key&, const Table& t) { return t.constraints.count(a[0]) > 0; });
  if (fn == "has_policy" && a.size() == 3) return table_has(a[0], a[1], [&](const Table& t) { return t.policies.count(a[2]) > 0; });
  if (fn == "has_trigger_named" && a.size() == 1)
    return any_in(cat.tables, "", [&](const Key&, const Table& t) { return t.triggers.count(a[0]) > 0; });
  if (fn == "has_function_named" && a.size() == 1)
    return any_in(cat.functions, "", [&](const Key&, const Function& f) { return f.name == a[0]; });
  return true;  // not understood: see the file comment
}

bool holds(const Catalog& cat, const ast::GuardCond& g) {
  if (!g.known() || g.function == "true") return true;
  bool v = evaluate(cat, g.function, g.args);
  return g.negated ? !v : v;
}

void run(Replayer& r, const std::vector<ast::PlStmt>& body);

void run_if(Replayer& r, const ast::PlIf& branch) {
  for (const auto& [cond, stmts] : branch.branches) {
    if (holds(r.cat, cond)) {
      run(r, stmts);
      return;
    }
  }
  run(r, branch.else_body);
}

void run(Replayer& r, const std::vector<ast::PlStmt>& body) {
  for (const ast::PlStmt& s : body) {
    if (s.sql) r.apply(*s.sql);
    else if (s.branch) run_if(r, *s.branch);
  }
}
}  // namespace

void replay_do_block(Replayer& r, const ast::DoBlock& b) { run(r, b.body); }

}  // namespace pgdrift::catalog
