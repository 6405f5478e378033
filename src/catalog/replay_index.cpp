// CREATE INDEX.
#include <algorithm>
#include <cctype>

#include "base/sql_ident.h"
#include "catalog/names.h"
#include "catalog/replay.h"
#include "catalog/replay_constraint.h"
#include "catalog/replay_partition.h"

namespace pgdrift::catalog {

namespace {
std::string implicit_index_name(Replayer& r, const Table& t, const ast::CreateIndex& s) {
  std::vector<std::string> names;
  for (const ast::IndexElem& e : s.elems) names.push_back(index_elem_name(e));
  for (const ast::IndexElem& e : s.include) names.push_back(index_elem_name(e));
  return choose_name(t.name, join_name_parts(unique_column_names(names)), "idx",
                     [&](const std::string& n) { return r.cat.relation_exists({t.schema, n}); });
}
}  // namespace

void replay_create_index(Replayer& r, const ast::CreateIndex& s) {
  // Materialized views are indexed like tables; their column types are not known here.
  Table matview;
  Table* t = nullptr;
  if (auto v = r.find_table(s.table) ? std::nullopt : r.find_view(s.table); v && r.cat.views.at(*v).materialized) {
    matview.schema = v->first;
    matview.name = v->second;
    t = &matview;
  } else {
    t = r.table_or_warn(s.table, false);
  }
  if (!t) return;
  std::string name = s.name.empty() ? implicit_index_name(r, *t, s) : truncate_identifier(s.name);
  Key key{t->schema, name};
  if (r.cat.relation_exists(key)) {
    if (!s.if_not_exists)
      r.warn(DiagKind::duplicate_object, "relation " + key_text(key) + " already exists; statement ignored");
    return;
  }
  Index ix;
  ix.schema = t->schema;
  ix.name = name;
  ix.table = t->name;
  ix.unique = s.unique;
  ix.nulls_not_distinct = s.nulls_not_distinct;
  ix.method = s.method;
  for (const ast::IndexElem& e : s.elems) ix.keys.push_back(index_key_of(r, *t, e, s.method));
  for (const ast::IndexElem& e : s.include) ix.include.push_back(e.column);
  ix.options = s.options;
  for (auto& [k, v] : ix.options)
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // on/ON, true
  ix.options_written.value = ix.options;
  std::sort(ix.options.begin(), ix.options.end());
  if (s.where) ix.where = r.store(*s.where, t);
  ix.printed.value = s.printed;
  ix.origin = r.origin();
  r.cat.indexes[key] = std::move(ix);
  if (!s.only && t != &matview) partition_index_added(r, *t, r.cat.indexes.at(key));
}

}  // namespace pgdrift::catalog
