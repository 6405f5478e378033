// Typed tables: CREATE TABLE t OF type, ALTER TABLE t [NOT] OF type, and the attributes of the
// type, which PostgreSQL carries over to its tables (ALTER TYPE ... CASCADE).
#include "base/sql_ident.h"
#include "catalog/replay_column.h"
#include "catalog/replay_drop.h"

namespace pgdrift::catalog {

namespace {
// A column of an attribute ("text COLLATE pg_catalog.\"C\"" splits into type and collation).
void set_type(Column& c, const std::string& attribute_type) {
  size_t at = attribute_type.find(" COLLATE ");
  c.type = attribute_type.substr(0, at);
  c.type_printed.value.clear();
  c.collation = at == std::string::npos ? "" : attribute_type.substr(at + 9);
}

void add_attribute_column(Replayer& r, Table& t, const std::string& name, const std::string& type) {
  if (t.columns.count(name)) return;
  Column& c = t.columns[name];
  c.name = name;
  set_type(c, type);
  c.origin = r.origin();
  t.column_order.value.push_back(name);
}
}  // namespace

bool make_typed(Replayer& r, Table& t, const ast::QualName& type) {
  std::optional<Key> k = r.find_type(type);
  auto it = k ? r.cat.composites.find(*k) : r.cat.composites.end();
  if (it == r.cat.composites.end()) {
    r.warn(DiagKind::unknown_object, "composite type " + quote_ident(type.name) + " does not exist; the table is not typed");
    return false;
  }
  t.of_type = it->first;
  for (const auto& [name, attr_type] : it->second.attributes) add_attribute_column(r, t, name, attr_type);
  return true;
}

void alter_typed_tables(Replayer& r, const Key& type, const ast::AlterTableCmd& c) {
  for (auto& [k, t] : r.cat.tables) {
    if (t.of_type != type) continue;
    if (c.kind == ast::AlterKind::AddColumn && c.column_def) {
      add_attribute_column(r, t, c.column_def->name, r.column_type_of(c.column_def->type));
    } else if (c.kind == ast::AlterKind::DropColumn && t.columns.count(c.column)) {
      drop_column(r, t, c.column, c.cascade);
    } else if (c.kind == ast::AlterKind::AlterType && c.type) {
      if (auto col = t.columns.find(c.column); col != t.columns.end()) set_type(col->second, r.column_type_of(*c.type));
    }
  }
}

}  // namespace pgdrift::catalog
