// Partitions and inheritance: what a child takes from its parent when created (PARTITION OF,
// INHERITS), attached or detached, and what ALTER TABLE on a parent does to its children.
// PostgreSQL clones a partitioned table's indexes and PRIMARY KEY / UNIQUE constraints onto
// each partition under the partition's own names (m_2024_pkey, m_2024_v_idx); pg_dump writes
// those clones explicitly (CREATE INDEX ... ON ONLY parent, ALTER INDEX ... ATTACH PARTITION),
// so both forms meet here. Foreign keys and triggers are kept on the parent only: pg_dump
// prints them there, and PostgreSQL clones them by itself.
#include "catalog/replay_partition.h"

#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/names.h"
#include "frontend/literal_canon.h"

namespace pgdrift::catalog {

namespace {
bool same_index_shape(const Index& a, const Index& b) {
  return a.unique == b.unique && a.nulls_not_distinct == b.nulls_not_distinct && a.method == b.method &&
         a.keys == b.keys && a.include == b.include && a.where == b.where;
}

std::string key_part(const IndexKey& k) { return k.expr ? "expr" : k.column; }

bool name_taken(const Catalog& cat, const std::string& schema, const std::string& n) {
  return cat.relation_exists({schema, n});
}

}  // namespace

void clone_index(Replayer& r, Table& child, const Index& parent_ix) {
  for (const auto& [k, ix] : r.cat.indexes)
    if (ix.schema == child.schema && ix.table == child.name && same_index_shape(ix, parent_ix)) return;
  std::vector<std::string> parts;
  for (const IndexKey& k : parent_ix.keys) parts.push_back(key_part(k));
  for (const std::string& c : parent_ix.include) parts.push_back(c);
  std::string name = choose_name(child.name, join_name_parts(unique_column_names(parts)), "idx",
                                 [&](const std::string& n) { return name_taken(r.cat, child.schema, n); });
  Index ix = parent_ix;
  ix.schema = child.schema;
  ix.name = name;
  ix.table = child.name;
  ix.comment.clear();
  ix.origin = r.origin();
  r.cat.indexes[{child.schema, name}] = std::move(ix);
  partition_index_added(r, child, r.cat.indexes.at({child.schema, name}));
}

void clone_key_constraint(Replayer& r, Table& child, const Constraint& c) {
  for (const auto& [n, own] : child.constraints)
    if (own.type == c.type && own.columns == c.columns) return;
  std::string name = c.type == ConType::PrimaryKey
                         ? choose_name(child.name, "", "pkey", [&](const std::string& n) { return name_taken(r.cat, child.schema, n); })
                         : choose_name(child.name, join_name_parts(c.columns), "key",
                                       [&](const std::string& n) { return name_taken(r.cat, child.schema, n); });
  Constraint k = c;
  k.name = name;
  k.comment.clear();
  k.origin = r.origin();
  if (c.type == ConType::PrimaryKey)
    for (const std::string& col : c.columns)
      if (auto it = child.columns.find(col); it != child.columns.end()) it->second.not_null = true;
  r.cat.note_constraint_name(name);
  child.constraints[name] = std::move(k);
  partition_constraint_added(r, child, child.constraints.at(name));
}

namespace {
bool is_datetime_type(const std::string& t) {
  return t == "date" || t.rfind("timestamp", 0) == 0;
}

bool is_string_type(const std::string& t) { return t == "text" || t.rfind("character", 0) == 0; }

std::string bound_value(Replayer& r, const Expr& e, const std::string& type) {
  // a string key keeps its literal as written (canonical() reads '2021-01-01' as an instant)
  std::string text = is_string_type(type) ? e.sql(r) : e.canonical(r);
  if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'' && is_datetime_type(type))
    if (auto dt = canonical_datetime(text.substr(1, text.size() - 2))) {  // an instant: in UTC
      if (type == "date" && dt->ends_with(" 00:00:00")) dt->resize(dt->size() - 9);  // as PostgreSQL prints a date
      return "'" + *dt + (type == "timestamp with time zone" ? "+00" : "") + "'";
    }
  if (text == "minvalue" || text == "maxvalue") for (char& c : text) c = static_cast<char>(std::toupper(c));
  return text;
}

std::string bound_list(Replayer& r, const std::vector<Expr>& values, const std::vector<std::string>& types) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i)
    out += (i ? ", " : "") + bound_value(r, values[i], types.empty() ? "" : types[std::min(i, types.size() - 1)]);
  return "(" + out + ")";
}
}  // namespace

std::vector<Table*> children_of(Replayer& r, const Key& parent) {
  std::vector<Table*> out;
  for (auto& [k, t] : r.cat.tables)
    if (t.partition_of == parent || std::find(t.inherits.begin(), t.inherits.end(), parent) != t.inherits.end())
      out.push_back(&t);
  return out;
}

void partition_index_added(Replayer& r, const Table& parent, const Index& ix) {
  if (parent.partition_by.empty()) return;
  for (Table* child : children_of(r, {parent.schema, parent.name}))
    if (child->partition_of == Key{parent.schema, parent.name}) clone_index(r, *child, ix);
}

void partition_constraint_added(Replayer& r, const Table& parent, const Constraint& c) {
  bool key = c.type == ConType::PrimaryKey || c.type == ConType::Unique;
  for (Table* child : children_of(r, {parent.schema, parent.name})) {
    if (c.type == ConType::Check && !c.no_inherit && !child->constraints.count(c.name)) {
      Constraint copy = c;
      copy.comment.clear();
      child->constraints[c.name] = copy;
      partition_constraint_added(r, *child, c);
    } else if (key && !parent.partition_by.empty() && child->partition_of == Key{parent.schema, parent.name}) {
      clone_key_constraint(r, *child, c);
    }
  }
}

void inherit_from(Replayer& r, Table& child, const Table& parent, bool partition) {
  for (const std::string& n : parent.column_order.value) {
    const Column* pc = parent.column(n);
    if (!pc || child.columns.count(n)) continue;
    Column c = *pc;
    c.identity = 0;
    c.comment.clear();
    c.statistics = -1;  // storage and compression are inherited, the planner's settings are not
    c.options.clear();
    c.origin = r.origin();
    child.columns[n] = c;
    child.column_order.value.push_back(n);
  }
  for (const auto& [n, c] : parent.constraints)
    if (c.type == ConType::Check && !c.no_inherit && !child.constraints.count(n)) child.constraints[n] = c;
  if (!partition) return;
  attach_objects(r, child, parent);
}

void attach_objects(Replayer& r, Table& child, const Table& parent) {
  for (const auto& [n, c] : parent.constraints)
    if (c.type == ConType::PrimaryKey || c.type == ConType::Unique) clone_key_constraint(r, child, c);
  std::vector<Index> parent_indexes;
  for (const auto& [k, ix] : r.cat.indexes)
    if (ix.schema == parent.schema && ix.table == parent.name) parent_indexes.push_back(ix);
  for (const Index& ix : parent_indexes) clone_index(r, child, ix);
}

std::string partition_key_text(Replayer& r, const Table& t, const ast::PartitionSpec& spec) {
  std::string out;
  for (const ast::PartitionKey& k : spec.keys) {
    std::string part = k.expr ? "(" + r.store(*k.expr, &t).canonical + ")" : quote_ident(k.column);
    if (!k.collation.empty()) part += " COLLATE " + r.collation_of(k.collation);
    if (!k.opclass.empty()) part += " " + k.opclass.back();
    out += (out.empty() ? "" : ", ") + part;
  }
  std::string strategy = spec.strategy;
  for (char& c : strategy) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return strategy + " (" + out + ")";
}

std::string partition_bound_text(Replayer& r, const Table& parent, const ast::PartitionBound& b) {
  if (b.is_default) return "DEFAULT";
  // PostgreSQL 15's parse tree says "h", "l", "r" here (and "hash", "list", "range" in PARTITION BY).
  if (b.strategy == "hash" || b.strategy == "h")
    return "FOR VALUES WITH (modulus " + std::to_string(b.modulus) + ", remainder " + std::to_string(b.remainder) + ")";
  std::vector<std::string> types;  // of the key columns, to read literals by value
  for (const std::string& k : parent.partition_key_columns.value) {
    const Column* c = parent.column(k);
    types.push_back(c ? c->type : "");
  }
  if (b.strategy == "list" || b.strategy == "l") return "FOR VALUES IN " + bound_list(r, b.in_values, types);
  return "FOR VALUES FROM " + bound_list(r, b.from, types) + " TO " + bound_list(r, b.to, types);
}

}  // namespace pgdrift::catalog
