// CREATE [OR REPLACE] VIEW, CREATE MATERIALIZED VIEW, and dropping views with what reads them.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

// Options as PostgreSQL keeps them in reloptions, sorted by name; booleans in one spelling.
std::vector<std::pair<std::string, std::string>> normalized_view_options(std::vector<std::pair<std::string, std::string>> opts) {
  for (auto& [name, value] : opts) {
    name = lower_ascii(name);
    std::string v = lower_ascii(value);
    if (v == "on" || v == "yes" || v == "1" || v == "t") v = "true";
    if (v == "off" || v == "no" || v == "0" || v == "f") v = "false";
    if (name == "security_barrier" || name == "security_invoker" || name == "check_option") value = v;
  }
  std::stable_sort(opts.begin(), opts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  // A later setting of the same option wins.
  std::vector<std::pair<std::string, std::string>> out;
  for (auto& o : opts) {
    if (!out.empty() && out.back().first == o.first) out.back() = o;
    else out.push_back(o);
  }
  return out;
}

void replay_create_view(Replayer& r, const ast::CreateView& s) {
  Key key = r.creation_key(s.name);
  std::string what = s.materialized ? "materialized view " : "view ";
  auto existing = r.cat.views.find(key);
  bool replacing = existing != r.cat.views.end() && s.replace && !existing->second.materialized;
  if (!replacing && r.cat.relation_exists(key)) {
    if (!s.if_not_exists)
      r.warn(DiagKind::duplicate_object, "relation " + key_text(key) + " already exists; statement ignored", s.name.span);
    return;
  }
  if (!r.cat.schemas.count(key.first)) r.note_external("schema " + quote_ident(key.first), s.name.span);
  if (!s.query) return;
  QueryShape shape = s.query->query(r, s.columns);
  View v;
  if (replacing) v = existing->second;  // CREATE OR REPLACE keeps comments
  bool reads_itself = std::any_of(shape.relations.begin(), shape.relations.end(),
                                  [&](const ResolvedName& rel) { return Key{rel.schema, rel.name} == key; });
  v.placeholder.value = reads_itself && replacing ? existing->second.sql.value : "";
  v.schema = key.first;
  v.name = key.second;
  v.materialized = s.materialized;
  v.columns = shape.columns;
  v.definition = shape.canonical;
  v.sql.value = shape.sql;
  v.options = normalized_view_options(s.options);
  v.access_method = s.access_method == "heap" ? "" : s.access_method;
  v.with_no_data.value = s.with_no_data;
  v.reads.value.clear();
  for (const ResolvedName& rel : shape.relations) {
    Key k{rel.schema, rel.name};
    if (k != key && (r.cat.tables.count(k) || r.cat.views.count(k)) &&
        std::find(v.reads.value.begin(), v.reads.value.end(), k) == v.reads.value.end())
      v.reads.value.push_back(k);
  }
  for (auto it = v.column_comments.begin(); it != v.column_comments.end();)
    it = std::find(v.columns.begin(), v.columns.end(), it->first) == v.columns.end() ? v.column_comments.erase(it) : std::next(it);
  v.printed.value = s.query_printed;
  v.refs.value = refs_of(shape.refs);
  v.origin = r.origin();
  r.cat.views[key] = std::move(v);
  if (!replacing) acl_created(r, "TABLE " + key_text(key), 'r', key.first);
}

void drop_dependent_views(Replayer& r, const Key& key, bool cascade) {
  std::vector<Key> readers;
  for (const auto& [k, v] : r.cat.views)
    if (std::find(v.reads.value.begin(), v.reads.value.end(), key) != v.reads.value.end()) readers.push_back(k);
  for (const Key& k : readers) {
    if (!r.cat.views.count(k)) continue;  // gone with an earlier one
    if (!cascade)
      r.warn(DiagKind::dependent_objects, "view " + key_text(k) + " depends on " + key_text(key) + "; dropped as with CASCADE");
    drop_view(r, k, true);
  }
}

void drop_view(Replayer& r, const Key& key, bool cascade) {
  drop_dependent_views(r, key, cascade);
  std::erase_if(r.cat.indexes, [&](const auto& e) { return e.second.schema == key.first && e.second.table == key.second; });
  r.cat.views.erase(key);
}

}  // namespace pgdrift::catalog
