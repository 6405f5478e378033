// CREATE TABLE: columns, then constraints in the order PostgreSQL names them (CHECK when
// the table is created, then the primary key and other index-backed constraints, then FKs).
#include "base/sql_ident.h"
#include "catalog/names.h"
#include "catalog/replay.h"
#include "catalog/replay_column.h"
#include "catalog/replay_constraint.h"

namespace pgdrift::catalog {

namespace {
bool index_backed(const ast::Constraint& c) {
  return c.kind == ast::ConstraintKind::PrimaryKey || c.kind == ast::ConstraintKind::Unique ||
         c.kind == ast::ConstraintKind::Exclude;
}

// PostgreSQL drops an unnamed UNIQUE/PRIMARY KEY that repeats an earlier one.
bool repeats(const ast::Constraint& a, const ast::Constraint& b) {
  return a.kind != ast::ConstraintKind::Exclude && b.kind != ast::ConstraintKind::Exclude &&
         a.columns == b.columns && a.include == b.include && a.nulls_not_distinct == b.nulls_not_distinct &&
         a.deferrable == b.deferrable && a.initially_deferred == b.initially_deferred;
}

std::vector<ast::Constraint> index_constraints_in_order(const std::vector<ast::Constraint>& all) {
  std::vector<ast::Constraint> ordered;
  for (const auto& c : all)
    if (c.kind == ast::ConstraintKind::PrimaryKey) ordered.push_back(c);
  for (const auto& c : all)
    if (index_backed(c) && c.kind != ast::ConstraintKind::PrimaryKey) ordered.push_back(c);
  std::vector<ast::Constraint> kept;
  for (auto& c : ordered) {
    bool dup = false;
    for (auto& prior : kept) {
      if (!repeats(prior, c)) continue;
      if (prior.name.empty()) prior.name = c.name;
      dup = true;
      break;
    }
    if (!dup) kept.push_back(c);
  }
  return kept;
}
}  // namespace

void replay_create_table(Replayer& r, const ast::CreateTable& s) {
  Key key = r.creation_key(s.name);
  key.second = truncate_identifier(key.second);
  if (r.cat.relation_exists(key)) {
    if (!s.if_not_exists)
      r.warn(DiagKind::duplicate_object, "relation " + key_text(key) + " already exists; statement ignored", s.name.span);
    return;
  }
  if (!r.cat.schemas.count(key.first)) r.note_external("schema " + quote_ident(key.first), s.name.span);
  Table& t = r.cat.tables[key];
  t.schema = key.first;
  t.name = key.second;
  t.unlogged = s.unlogged;
  t.origin = r.origin();
  std::vector<ast::Constraint> cons;
  for (const ast::ColumnDef& col : s.columns) add_column(r, t, col, cons);
  cons.insert(cons.end(), s.constraints.begin(), s.constraints.end());
  for (const auto& c : cons)
    if (c.kind == ast::ConstraintKind::Check) add_constraint(r, t, c, true);
  for (const auto& c : index_constraints_in_order(cons)) add_constraint(r, t, c, true);
  for (const auto& c : cons)
    if (c.kind == ast::ConstraintKind::ForeignKey) add_constraint(r, t, c, true);
}

}  // namespace pgdrift::catalog
