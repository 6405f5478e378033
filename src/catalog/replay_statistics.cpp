// CREATE STATISTICS (columns in the table's order, kinds as pg_get_statisticsobjdef prints them)
// and ALTER STATISTICS ... SET STATISTICS; what dropping or renaming a table or column does to them.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
// The kinds as PostgreSQL prints them: all three (or an expression alone) print none.
std::vector<std::string> normalized_kinds(const std::vector<std::string>& written, size_t elements) {
  std::vector<std::string> out;
  for (const char* k : {"ndistinct", "dependencies", "mcv"})
    if (written.empty() || std::find(written.begin(), written.end(), k) != written.end()) out.push_back(k);
  if (out.size() == 3 || elements == 1) out.clear();
  return out;
}
}  // namespace

void replay_statistics(Replayer& r, const ast::StatisticsStmt& s) {
  if (s.alter) {
    std::optional<Key> k = r.find_statistics(s.name);
    if (!k) {
      if (!s.if_not_exists) r.warn(DiagKind::unknown_object, "statistics object " + quote_ident(s.name.name) + " does not exist; statement ignored");
      return;
    }
    r.cat.statistics.at(*k).target = s.target;
    return;
  }
  Table* t = r.table_or_warn(s.table, false);
  if (!t) return;
  Key key = r.creation_key(s.name);
  if (r.cat.statistics.count(key)) {
    if (!s.if_not_exists) r.warn(DiagKind::duplicate_object, "statistics object " + key_text(key) + " already exists; statement ignored");
    return;
  }
  Statistics st;
  std::tie(st.schema, st.name) = key;
  st.table = {t->schema, t->name};
  st.kinds = normalized_kinds(s.kinds, s.elements.size());
  for (const std::string& c : t->column_order.value)
    if (std::any_of(s.elements.begin(), s.elements.end(), [&](const auto& e) { return e.column == c; })) st.columns.push_back(c);
  for (const auto& e : s.elements)
    if (e.expr) st.exprs.push_back(r.store(*e.expr, t, e.printed));
  st.origin = r.origin();
  r.cat.statistics[key] = std::move(st);
}

void statistics_table_dropped(Catalog& cat, const Key& table) {
  std::erase_if(cat.statistics, [&](const auto& e) { return e.second.table == table; });
}

void statistics_column_dropped(Catalog& cat, const Key& table, const std::string& column) {
  std::erase_if(cat.statistics, [&](const auto& e) {
    const Statistics& s = e.second;
    bool in_expr = std::any_of(s.exprs.begin(), s.exprs.end(), [&](const StoredExpr& x) {
      if (!x.expr.value) return false;
      std::vector<std::string> cols = x.expr.value->columns();
      return std::find(cols.begin(), cols.end(), column) != cols.end();
    });
    return s.table == table && (in_expr || std::find(s.columns.begin(), s.columns.end(), column) != s.columns.end());
  });
}

void statistics_renamed(Catalog& cat, const Key& from, const Key& to, const std::string& column_from, const std::string& column_to) {
  for (auto& [k, s] : cat.statistics) {
    if (s.table != from) continue;
    s.table = to;
    if (!column_from.empty()) std::replace(s.columns.begin(), s.columns.end(), column_from, column_to);
  }
}

}  // namespace pgdrift::catalog
