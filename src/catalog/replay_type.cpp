// CREATE TYPE ... AS ENUM and ALTER TYPE ... ADD VALUE / RENAME VALUE.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay.h"
#include "catalog/replay_column.h"

namespace pgdrift::catalog {

namespace {
// PostgreSQL stores enum constants by value: a default 'old' prints as 'new' after RENAME VALUE.
void rename_label_in_defaults(Replayer& r, const std::string& type, const std::string& from, const std::string& to) {
  for (auto& [tk, t] : r.cat.tables)
    for (auto& [cn, c] : t.columns) {
      if (c.type != type || !c.default_expr || c.default_expr->canonical != quote_literal(from)) continue;
      if (std::optional<Expr> e = parse_expression(quote_literal(to))) set_column_default(r, t, c, *e);
    }
}
}  // namespace

void replay_create_enum(Replayer& r, const ast::CreateEnum& n) {
  Key key = r.creation_key(n.name);
  if (r.cat.enums.count(key)) {
    r.warn(DiagKind::duplicate_object, "type " + key_text(key) + " already exists; statement ignored");
    return;
  }
  EnumType e;
  e.schema = key.first;
  e.name = key.second;
  e.labels = n.labels;
  e.renamed_from.value = n.renamed_from;
  e.origin = r.origin();
  r.cat.enums[key] = std::move(e);
  acl_created(r, "TYPE " + key_text(key), 'T', key.first);
}

void replay_alter_enum(Replayer& r, const ast::AlterEnum& n) {
  std::optional<Key> k = r.find_enum(n.name);
  if (!k) {
    r.warn(DiagKind::unknown_object, "type " + quote_ident(n.name.name) + " does not exist; statement ignored");
    return;
  }
  auto& labels = r.cat.enums.at(*k).labels;
  auto& renamed = r.cat.enums.at(*k).renamed_from.value;
  if (!n.old_value.empty()) {
    auto it = std::find(labels.begin(), labels.end(), n.old_value);
    if (it == labels.end()) {
      r.warn(DiagKind::unknown_object, "enum label " + quote_literal(n.old_value) + " does not exist");
      return;
    }
    *it = n.new_value;
    // the history says which label this one was: a database still at the old one is renamed
    auto before = renamed.find(n.old_value);
    std::string first = before == renamed.end() ? n.old_value : before->second;
    if (before != renamed.end()) renamed.erase(before);
    renamed[n.new_value] = first;
    rename_label_in_defaults(r, key_text(*k), n.old_value, n.new_value);
    return;
  }
  if (std::find(labels.begin(), labels.end(), n.new_value) != labels.end()) {
    if (!n.if_not_exists) r.warn(DiagKind::duplicate_object, "enum label " + quote_literal(n.new_value) + " already exists");
    return;
  }
  auto pos = labels.end();
  if (!n.neighbor.empty()) {
    pos = std::find(labels.begin(), labels.end(), n.neighbor);
    if (pos == labels.end()) {
      r.warn(DiagKind::unknown_object, "enum label " + quote_literal(n.neighbor) + " does not exist");
    } else if (n.after) {
      ++pos;
    }
  }
  labels.insert(pos, n.new_value);
}

}  // namespace pgdrift::catalog
