// DO blocks: IF branches are taken the way PL/pgSQL would take them, evaluating pgdrift's
// catalog guards (has_table, has_column, ...) on the simulated catalog. A guard pgdrift does
// not understand counts as true: the reconciler's bodies behind such guards (type, default,
// definition differs) converge to the desired state whether or not they run.
#include <algorithm>

#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
bool relation_of_kind(const Catalog& cat, const std::vector<std::string>& a, const std::string& fn) {
  if (a.size() < 2) return false;
  Key k{a[0], a[1]};
  if (fn == "has_table") return cat.tables.count(k) > 0;
  if (fn == "has_sequence") return cat.sequences.count(k) > 0;
  // An index backing a constraint is an index to PostgreSQL too.
  return cat.indexes.count(k) > 0 || cat.relation_exists(k) && !cat.tables.count(k) && !cat.sequences.count(k);
}

bool holds(const Catalog& cat, const ast::GuardCond& g) {
  if (!g.known()) return true;
  const auto& a = g.args;
  bool v = true;
  if (g.function == "true") return true;
  if (g.function == "has_schema" && a.size() == 1) v = cat.schemas.count(a[0]) > 0;
  else if (g.function == "has_extension" && a.size() == 1) v = cat.extensions.count(a[0]) > 0;
  else if (g.function == "has_type" && a.size() == 2) v = cat.enums.count({a[0], a[1]}) > 0;
  else if (g.function == "has_enum_label" && a.size() == 3) {
    auto it = cat.enums.find({a[0], a[1]});
    v = it != cat.enums.end() && std::find(it->second.labels.begin(), it->second.labels.end(), a[2]) != it->second.labels.end();
  } else if (g.function == "has_table" || g.function == "has_sequence" || g.function == "has_index") {
    v = relation_of_kind(cat, a, g.function);
  } else if ((g.function == "has_column" || g.function == "has_constraint") && a.size() == 3) {
    auto it = cat.tables.find({a[0], a[1]});
    v = it != cat.tables.end() &&
        (g.function == "has_column" ? it->second.columns.count(a[2]) : it->second.constraints.count(a[2])) > 0;
  } else {
    return true;
  }
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
