// CREATE TYPE ... AS ENUM and ALTER TYPE ... ADD VALUE / RENAME VALUE.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

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
  e.origin = r.origin();
  r.cat.enums[key] = std::move(e);
}

void replay_alter_enum(Replayer& r, const ast::AlterEnum& n) {
  std::optional<Key> k = r.find_enum(n.name);
  if (!k) {
    r.warn(DiagKind::unknown_object, "type " + quote_ident(n.name.name) + " does not exist; statement ignored");
    return;
  }
  auto& labels = r.cat.enums.at(*k).labels;
  if (!n.old_value.empty()) {
    auto it = std::find(labels.begin(), labels.end(), n.old_value);
    if (it == labels.end()) r.warn(DiagKind::unknown_object, "enum label " + quote_literal(n.old_value) + " does not exist");
    else *it = n.new_value;
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
