// CREATE TABLE: columns, then constraints in the order PostgreSQL names them (CHECK when
// the table is created, then the primary key and other index-backed constraints, then FKs).
#include "base/sql_ident.h"
#include "catalog/names.h"
#include "catalog/platform.h"
#include "catalog/replay.h"
#include "catalog/replay_column.h"
#include "catalog/replay_constraint.h"
#include "catalog/replay_partition.h"

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
// A column the table already has (inherited): the definition adds its options to it.
void merge_column(Replayer& r, Table& t, Column& c, const ast::ColumnDef& def, std::vector<ast::Constraint>& cons) {
  for (const ast::Constraint& k : def.constraints) {
    switch (k.kind) {
      case ast::ConstraintKind::NotNull: c.not_null = true; break;
      case ast::ConstraintKind::Default: if (k.expr) set_column_default(r, t, c, *k.expr, k.printed); break;
      case ast::ConstraintKind::Null: case ast::ConstraintKind::Identity: case ast::ConstraintKind::Generated: break;
      default: cons.push_back(k); break;
    }
  }
}

// LIKE source INCLUDING ...: columns with NOT NULL always, the rest as included.
void like_columns(Replayer& r, Table& t, const ast::TableLike& like) {
  Table* src = r.table_or_warn(like.source, false);
  if (!src) return;
  using L = ast::TableLike;
  for (const std::string& n : src->column_order.value) {
    const Column* sc = src->column(n);
    if (!sc || t.columns.count(n)) continue;
    Column c = *sc;
    if (!(like.options & L::kDefaults)) c.default_expr.reset();
    if (!(like.options & L::kGenerated)) c.generated.reset();
    if (!(like.options & L::kComments)) c.comment.clear();
    if (!(like.options & L::kStorage)) c.storage = 0;
    if (!(like.options & L::kCompression)) c.compression.clear();
    c.statistics = -1;  // neither the statistics target nor the options come with LIKE
    c.options.clear();
    if (c.identity) {
      c.identity = 0;
      if (like.options & L::kIdentity) r.warn(DiagKind::unsupported_clause, "LIKE ... INCLUDING IDENTITY is not modelled");
    }
    c.origin = r.origin();
    t.columns[n] = c;
    t.column_order.value.push_back(n);
  }
  if (like.options & L::kConstraints)
    for (const auto& [n, c] : src->constraints)
      if (c.type == ConType::Check && !t.constraints.count(n)) {
        r.cat.note_constraint_name(n);
        t.constraints[n] = c;
      }
  if (!(like.options & L::kIndexes)) return;
  Table& target = t;
  for (const auto& [n, c] : src->constraints)
    if (c.type == ConType::PrimaryKey || c.type == ConType::Unique) clone_key_constraint(r, target, c);
  std::vector<Index> indexes;
  for (const auto& [k, ix] : r.cat.indexes)
    if (ix.schema == src->schema && ix.table == src->name) indexes.push_back(ix);
  for (const Index& ix : indexes) clone_index(r, target, ix);
}

Table* parent_or_warn(Replayer& r, const ast::QualName& q) { return r.table_or_warn(q, false); }
}  // namespace

void replay_create_table(Replayer& r, const ast::CreateTable& s) {
  Key key = r.creation_key(s.name);
  key.second = truncate_identifier(key.second);
  if (r.platform && r.platform->owns_table(key) && r.cat.tables.count(key)) {
    r.cat.tables.erase(key);  // the policy's declaration, now defined by the input itself
  } else if (r.cat.relation_exists(key)) {
    if (!s.if_not_exists)
      r.warn(DiagKind::duplicate_object, "relation " + key_text(key) + " already exists; statement ignored", s.name.span);
    return;
  }
  if (!r.cat.schemas.count(key.first)) r.note_external("schema " + quote_ident(key.first), s.name.span);
  Table& t = r.cat.tables[key];
  t.schema = key.first;
  t.name = key.second;
  t.unlogged = s.unlogged;
  if (s.foreign_server.empty() && !s.partition_by) {  // partitioned and foreign tables have none
    std::string am = s.access_method.empty() ? r.default_table_am : s.access_method;
    t.access_method = am == "heap" ? "" : am;
  }
  set_options(t.options, s.options, true);
  t.foreign_server = s.foreign_server;
  t.foreign_options = s.foreign_options;
  if (!t.foreign_server.empty()) t.replica_identity = 'n';  // as PostgreSQL keeps a foreign table
  t.origin = r.origin();
  acl_created(r, "TABLE " + key_text(key), 'r', key.first);
  if (s.as_query) {  // CREATE TABLE AS: names from the query, types where the query states them
    QueryShape shape = s.as_query->query(r, s.as_columns);
    t.from_query.value = true;
    t.query_sql.value = shape.sql;
    for (size_t i = 0; i < shape.columns.size(); ++i) {
      const std::string& n = shape.columns[i];
      if (t.columns.count(n)) continue;
      Column& c = t.columns[n];
      c.name = n;
      c.origin = r.origin();
      if (s.as_types.size() == shape.columns.size() && s.as_types[i]) c.type = r.column_type_of(*s.as_types[i]);
      t.column_order.value.push_back(n);
    }
    return;
  }
  std::vector<ast::Constraint> cons;
  const Table* partition_parent = s.partition_of ? parent_or_warn(r, *s.partition_of) : nullptr;
  if (partition_parent) {
    inherit_from(r, t, *partition_parent, false);
    t.partition_of = {partition_parent->schema, partition_parent->name};
    if (s.bound) t.partition_bound = partition_bound_text(r, *partition_parent, *s.bound);
  }
  for (const ast::QualName& q : s.inherits)
    if (const Table* p = parent_or_warn(r, q)) {
      inherit_from(r, t, *p, false);
      t.inherits.push_back({p->schema, p->name});
    }
  if (s.of_type) make_typed(r, t, *s.of_type);
  size_t like = 0;
  for (size_t i = 0; i <= s.columns.size(); ++i) {
    for (; like < s.likes.size() && s.likes[like].first == i; ++like) like_columns(r, t, s.likes[like].second);
    if (i == s.columns.size()) break;
    const ast::ColumnDef& col = s.columns[i];
    auto existing = t.columns.find(truncate_identifier(col.name));
    if (existing != t.columns.end() && (partition_parent || !s.inherits.empty() || s.of_type)) merge_column(r, t, existing->second, col, cons);
    else add_column(r, t, col, cons);
  }
  if (s.partition_by) {
    t.partition_by = partition_key_text(r, t, *s.partition_by);
    for (const ast::PartitionKey& k : s.partition_by->keys) t.partition_key_columns.value.push_back(k.column);
  }
  cons.insert(cons.end(), s.constraints.begin(), s.constraints.end());
  for (const auto& c : cons)
    if (c.kind == ast::ConstraintKind::Check) add_constraint(r, t, c, true);
  for (const auto& c : index_constraints_in_order(cons)) add_constraint(r, t, c, true);
  for (const auto& c : cons)
    if (c.kind == ast::ConstraintKind::ForeignKey) add_constraint(r, t, c, true);
  if (partition_parent) attach_objects(r, t, *partition_parent);
}

}  // namespace pgdrift::catalog
