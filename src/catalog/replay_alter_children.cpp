// ALTER TABLE on a parent: what reaches its partitions and inheritance children (everything
// here recurses unless ONLY is written), and ATTACH / DETACH PARTITION, INHERIT / NO INHERIT.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay_drop.h"
#include "catalog/replay_partition.h"

namespace pgdrift::catalog {

using ast::AlterKind;

namespace {
void copy_column_attr(const Column& from, Column& to, AlterKind kind) {
  switch (kind) {
    case AlterKind::AlterType: to.type = from.type; to.collation = from.collation; break;
    case AlterKind::SetDefault: case AlterKind::DropDefault: to.default_expr = from.default_expr; break;
    case AlterKind::SetNotNull: case AlterKind::DropNotNull: to.not_null = from.not_null; break;
    case AlterKind::SetStatistics: to.statistics = from.statistics; break;
    case AlterKind::SetStorage: to.storage = from.storage; break;
    case AlterKind::SetCompression: to.compression = from.compression; break;
    case AlterKind::SetColumnOptions: case AlterKind::ResetColumnOptions: to.options = from.options; break;
    default: break;
  }
}

void recurse_column(Replayer& r, Table& parent, const ast::AlterTableCmd& c, const std::string& column) {
  const Column* pc = parent.column(column);
  for (Table* child : children_of(r, {parent.schema, parent.name})) {
    if (c.kind == AlterKind::AddColumn) {
      if (!pc || child->columns.count(column)) continue;
      Column copy = *pc;
      copy.identity = 0;
      copy.comment.clear();
      copy.statistics = -1;
      copy.options.clear();
      child->columns[column] = copy;
      child->column_order.value.push_back(column);
    } else if (c.kind == AlterKind::DropColumn) {
      if (!child->columns.count(column)) continue;
      drop_column(r, *child, column, true);
    } else {
      auto it = child->columns.find(column);
      if (!pc || it == child->columns.end()) continue;
      copy_column_attr(*pc, it->second, c.kind);
    }
    recurse_column(r, *child, c, column);
  }
}

void drop_inherited_constraint(Replayer& r, Table& parent, const std::string& name) {
  for (Table* child : children_of(r, {parent.schema, parent.name})) {
    auto it = child->constraints.find(name);
    if (it == child->constraints.end() || it->second.type != ConType::Check) continue;
    child->constraints.erase(it);
    drop_inherited_constraint(r, *child, name);
  }
}
}  // namespace

void recurse_to_children(Replayer& r, Table& parent, const ast::AlterTableCmd& c,
                         const std::set<std::string>& constraints_before) {
  switch (c.kind) {
    case AlterKind::AddColumn:
      if (c.column_def) recurse_column(r, parent, c, c.column_def->name);
      return;
    case AlterKind::DropColumn: case AlterKind::AlterType: case AlterKind::SetDefault: case AlterKind::DropDefault:
    case AlterKind::SetNotNull: case AlterKind::DropNotNull: case AlterKind::SetStatistics: case AlterKind::SetStorage:
    case AlterKind::SetCompression: case AlterKind::SetColumnOptions: case AlterKind::ResetColumnOptions:
      recurse_column(r, parent, c, c.column);
      return;
    case AlterKind::AddConstraint:
      for (const auto& [n, con] : parent.constraints)
        if (!constraints_before.count(n)) partition_constraint_added(r, parent, con);
      return;
    case AlterKind::DropConstraint: drop_inherited_constraint(r, parent, c.column); return;
    default: return;
  }
}

void replay_relation_cmd(Replayer& r, Table& t, const ast::AlterTableCmd& c) {
  Key self{t.schema, t.name};
  if (c.kind == AlterKind::Inherit || c.kind == AlterKind::NoInherit) {
    Table* parent = r.table_or_warn(c.relation, false);
    if (!parent) return;
    Key pk{parent->schema, parent->name};
    std::erase(t.inherits, pk);
    if (c.kind == AlterKind::Inherit) t.inherits.push_back(pk);
    return;
  }
  Table* child = r.table_or_warn(c.relation, false);
  if (!child) return;
  if (c.kind == AlterKind::DetachPartition) {
    if (child->partition_of != self)
      r.warn(DiagKind::unknown_object, key_text({child->schema, child->name}) + " is not a partition of " + key_text(self));
    child->partition_of = {};
    child->partition_bound.clear();
    return;
  }
  child->partition_of = self;
  child->partition_bound = c.bound ? partition_bound_text(r, t, *c.bound) : "";
  attach_objects(r, *child, t);
}

}  // namespace pgdrift::catalog
