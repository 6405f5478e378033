// DROP statements and the dependency rules behind them.
#include "catalog/replay_drop.h"

#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay_partition.h"

namespace pgdrift::catalog {

namespace {
bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool index_uses(const Index& ix, const std::string& col) {
  for (const IndexKey& k : ix.keys)
    if (k.column == col || (k.expr && contains(expr_columns(*k.expr), col))) return true;
  return contains(ix.include, col) || (ix.where && contains(expr_columns(*ix.where), col));
}

bool constraint_uses(const Constraint& c, const std::string& col) {
  if (contains(c.columns, col) || contains(c.include, col)) return true;
  if (c.check && contains(expr_columns(*c.check), col)) return true;
  return c.exclude_where && contains(expr_columns(*c.exclude_where), col);
}

void drop_sequences_owned(Catalog& cat, const Key& table, const std::string& column) {
  for (auto it = cat.sequences.begin(); it != cat.sequences.end();) {
    const Sequence& s = it->second;
    bool owned = s.owner_table == table && (column.empty() || s.owner_column == column);
    it = owned ? cat.sequences.erase(it) : std::next(it);
  }
}

// Foreign keys in any table that point at `table` (and at `column` when given).
void drop_referencing_fks(Replayer& r, const Key& table, const std::string& column, bool cascade) {
  for (auto& [k, t] : r.cat.tables) {
    for (auto it = t.constraints.begin(); it != t.constraints.end();) {
      const Constraint& c = it->second;
      bool hit = c.type == ConType::ForeignKey && c.ref_table == table && k != table &&
                 (column.empty() || contains(c.ref_columns, column));
      if (hit && !cascade)
        r.warn(DiagKind::dependent_objects, "constraint " + quote_ident(c.name) + " on " + key_text(k) +
                                                " depends on " + key_text(table) + "; dropped as with CASCADE");
      it = hit ? t.constraints.erase(it) : std::next(it);
    }
  }
}
}  // namespace

std::vector<std::string> expr_columns(const StoredExpr& e) {
  if (!e.expr.value) return {};
  std::vector<std::string> out;
  for (const std::string& c : e.expr.value->columns()) {
    auto it = e.renames.value.find(c);
    out.push_back(it == e.renames.value.end() ? c : it->second);
  }
  return out;
}

void drop_column(Replayer& r, Table& t, const std::string& column, bool cascade) {
  Key key{t.schema, t.name};
  drop_referencing_fks(r, key, column, cascade);
  for (auto it = r.cat.indexes.begin(); it != r.cat.indexes.end();) {
    bool hit = it->second.schema == t.schema && it->second.table == t.name && index_uses(it->second, column);
    it = hit ? r.cat.indexes.erase(it) : std::next(it);
  }
  for (auto it = t.constraints.begin(); it != t.constraints.end();)
    it = constraint_uses(it->second, column) ? t.constraints.erase(it) : std::next(it);
  drop_sequences_owned(r.cat, key, column);
  statistics_column_dropped(r.cat, key, column);
  t.columns.erase(column);
  auto& order = t.column_order.value;
  order.erase(std::remove(order.begin(), order.end(), column), order.end());
}

void drop_table(Replayer& r, const Key& key, bool cascade) {
  std::vector<Key> children;
  for (Table* child : children_of(r, key)) children.push_back({child->schema, child->name});
  for (const Key& k : children) {
    if (!r.cat.tables.count(k)) continue;
    Table& child = r.cat.tables.at(k);
    if (child.partition_of == key) {  // partitions go with their table
      drop_table(r, k, cascade);
      continue;
    }
    if (!cascade)
      r.warn(DiagKind::dependent_objects, "table " + key_text(k) + " inherits from " + key_text(key) + "; dropped as with CASCADE");
    drop_table(r, k, true);
  }
  drop_referencing_fks(r, key, "", cascade);
  drop_dependent_views(r, key, cascade);
  for (auto& [n, p] : r.cat.publications) p.tables.erase(key);
  for (auto it = r.cat.indexes.begin(); it != r.cat.indexes.end();) {
    bool hit = it->second.schema == key.first && it->second.table == key.second;
    it = hit ? r.cat.indexes.erase(it) : std::next(it);
  }
  drop_sequences_owned(r.cat, key, "");
  statistics_table_dropped(r.cat, key);
  r.cat.tables.erase(key);
}

namespace {
void drop_schema(Replayer& r, const std::string& name, bool cascade) {
  bool has_objects = false;
  auto in_schema = [&](const Key& k) { return k.first == name; };
  std::vector<Key> tables;
  for (const auto& [k, t] : r.cat.tables) if (in_schema(k)) tables.push_back(k);
  for (const Key& k : tables) { drop_table(r, k, true); has_objects = true; }
  std::vector<Key> views;
  for (const auto& [k, v] : r.cat.views) if (in_schema(k)) views.push_back(k);
  for (const Key& k : views) { if (r.cat.views.count(k)) drop_view(r, k, true); has_objects = true; }
  std::erase_if(r.cat.sequences, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.enums, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.collations, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.conversions, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.ts_parsers, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.ts_templates, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.ts_configs, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.ts_dictionaries, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.operators, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.indexes, [&](const auto& e) { return in_schema(e.first) && (has_objects = true); });
  std::erase_if(r.cat.extensions, [&](const auto& e) { return e.second.schema == name && (has_objects = true); });
  if (has_objects && !cascade)
    r.warn(DiagKind::dependent_objects, "schema " + quote_ident(name) + " is not empty; dropped as with CASCADE");
  r.cat.schemas.erase(name);
}

// DROP TYPE ... CASCADE drops the columns of that type.
void drop_columns_of_type(Replayer& r, const std::string& type, bool cascade) {
  for (auto& [k, t] : r.cat.tables) {
    std::vector<std::string> cols;
    for (const auto& [n, c] : t.columns)
      if (c.type == type || c.type == type + "[]") cols.push_back(n);
    for (const std::string& c : cols) {
      if (!cascade) r.warn(DiagKind::dependent_objects, "column " + quote_ident(c) + " of " + key_text(k) + " uses " + type + "; dropped as with CASCADE");
      drop_column(r, t, c, true);
    }
  }
}

bool drop_one(Replayer& r, ast::ObjKind kind, const ast::QualName& q, bool cascade) {
  switch (kind) {
    case ast::ObjKind::Table: case ast::ObjKind::ForeignTable:
      if (auto k = r.find_table(q)) { drop_table(r, *k, cascade); return true; }
      return false;
    case ast::ObjKind::OpClass: case ast::ObjKind::OpFamily:  // name: "name/method"; a family's classes go with it
      for (const std::string& p : q.schema.empty() ? r.search_path : std::vector<std::string>{q.schema}) {
        if (kind == ast::ObjKind::OpClass && r.cat.opclasses.erase({p, q.name})) return true;
        if (kind != ast::ObjKind::OpFamily || !r.cat.opfamilies.count({p, q.name})) continue;
        const OpFamily& f = r.cat.opfamilies.at({p, q.name});
        std::string family = qualified(f.schema, f.name);
        std::erase_if(r.cat.opclasses, [&](const auto& e) { return e.second.family == family && e.second.method == f.method; });
        r.cat.opfamilies.erase({p, q.name});
        return true;
      }
      return false;
    case ast::ObjKind::AccessMethod: case ast::ObjKind::Language: case ast::ObjKind::Conversion:
    case ast::ObjKind::TsParser: case ast::ObjKind::TsTemplate:
      return drop_plain(r, kind, plain_key(r, kind, q), cascade);
    case ast::ObjKind::Wrapper:  // its servers go with it (CASCADE), and theirs
      for (auto s = r.cat.servers.begin(); s != r.cat.servers.end();) {
        if (s->second.fdw != q.name) { ++s; continue; }
        std::string server = (s++)->first;
        drop_one(r, ast::ObjKind::Server, ast::QualName{"", server, q.span}, true);
      }
      return r.cat.wrappers.erase(q.name) > 0;
    case ast::ObjKind::Server: {  // its user mappings and foreign tables go with it (they need CASCADE)
      std::erase_if(r.cat.user_mappings, [&](const auto& e) { return e.first.first == q.name; });
      std::vector<Key> tables;
      for (const auto& [k, t] : r.cat.tables)
        if (t.foreign_server == q.name) tables.push_back(k);
      for (const Key& k : tables) drop_table(r, k, true);
      return r.cat.servers.erase(q.name) > 0;
    }
    case ast::ObjKind::Statistics:
      if (auto k = r.find_statistics(q)) { r.cat.statistics.erase(*k); return true; }
      return false;
    case ast::ObjKind::EventTrigger:
      return r.cat.event_triggers.erase(q.name) > 0;
    case ast::ObjKind::Collation:
      if (auto k = r.find_collation(q)) { r.cat.collations.erase(*k); return true; }
      return false;
    case ast::ObjKind::TsDictionary:
      if (auto k = r.find_ts_dictionary(q)) { r.cat.ts_dictionaries.erase(*k); return true; }
      return false;
    case ast::ObjKind::TsConfig:
      if (auto k = r.find_ts_config(q)) { r.cat.ts_configs.erase(*k); return true; }
      return false;
    case ast::ObjKind::Index:
      if (auto k = r.find_index(q)) { r.cat.indexes.erase(*k); return true; }
      return false;
    case ast::ObjKind::Sequence:
      if (auto k = r.find_sequence(q)) { r.cat.sequences.erase(*k); return true; }
      return false;
    case ast::ObjKind::Type:
      if (auto k = r.find_type(q)) {
        drop_columns_of_type(r, key_text(*k), cascade);
        r.cat.enums.erase(*k);
        r.cat.domains.erase(*k);
        r.cat.composites.erase(*k);
        r.cat.ranges.erase(*k);
        return true;
      }
      return false;
    case ast::ObjKind::Schema:
      if (!r.cat.schemas.count(q.name)) return false;
      drop_schema(r, q.name, cascade);
      return true;
    case ast::ObjKind::Extension:
      return r.cat.extensions.erase(q.name) > 0;
    case ast::ObjKind::Publication:
      return r.cat.publications.erase(q.name) > 0;
    case ast::ObjKind::View:
    case ast::ObjKind::MatView:
      if (auto k = r.find_view(q); k && r.cat.views.at(*k).materialized == (kind == ast::ObjKind::MatView)) {
        drop_view(r, *k, cascade);
        return true;
      }
      return false;
    default: return false;
  }
}
}  // namespace

void replay_drop(Replayer& r, const ast::Drop& d) {
  for (const ast::FuncSig& f : d.functions) {
    if (d.kind == ast::ObjKind::Aggregate) {
      if (auto k = find_aggregate(r, f)) r.cat.aggregates.erase(*k);
      continue;
    }
    if (auto k = r.find_function(f)) r.cat.functions.erase(*k);
    else if (!d.if_exists) r.warn(DiagKind::unknown_object, "function " + quote_ident(f.name.name) + " does not exist; drop ignored");
  }
  for (const ast::OperatorSig& op : d.operators)
    if (!r.cat.operators.erase(operator_key(r, op)) && !d.if_exists)
      r.warn(DiagKind::unknown_object, "operator " + op.name.name + " does not exist; drop ignored");
  for (const auto& [source, target] : d.casts) {
    Key k = cast_key(r, source, target);
    if (!r.cat.casts.erase(k) && !d.if_exists) r.warn(DiagKind::unknown_object, "cast " + k.first + " AS " + k.second + " does not exist; drop ignored");
  }
  for (const auto& [type, language] : d.transforms) {
    Key k = transform_key(r, type, language);
    if (!drop_plain(r, d.kind, k, d.cascade) && !d.if_exists)
      r.warn(DiagKind::unknown_object, "transform for " + k.first + " language " + quote_ident(language) + " does not exist; drop ignored");
  }
  for (const auto& [table, name] : d.table_objects) {
    if (d.kind == ast::ObjKind::Rule) {
      std::map<std::string, Rule>* rules = rules_of(r, table, d.if_exists);
      if (rules && !rules->erase(name) && !d.if_exists)
        r.warn(DiagKind::unknown_object, "rule " + quote_ident(name) + " does not exist; drop ignored");
      continue;
    }
    if (d.kind == ast::ObjKind::Trigger && !r.find_table(table))
      if (std::optional<Key> v = r.find_view(table)) {  // a view's trigger
        if (!r.cat.views.at(*v).triggers.erase(name) && !d.if_exists)
          r.warn(DiagKind::unknown_object, quote_ident(name) + " does not exist; drop ignored");
        continue;
      }
    Table* t = r.table_or_warn(table, d.if_exists);
    size_t n = !t ? 0 : d.kind == ast::ObjKind::Trigger ? t->triggers.erase(name) : t->policies.erase(name);
    if (t && n == 0 && !d.if_exists) r.warn(DiagKind::unknown_object, quote_ident(name) + " does not exist; drop ignored");
  }
  for (const ast::QualName& q : d.objects) {
    if (drop_one(r, d.kind, q, d.cascade) || d.if_exists) continue;
    std::string name = q.schema.empty() ? quote_ident(q.name) : qualified(q.schema, q.name);
    r.warn(DiagKind::unknown_object, name + " does not exist; drop ignored", q.span);
  }
}

}  // namespace pgdrift::catalog
