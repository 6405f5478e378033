// ALTER TABLE: one function per action kind.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay.h"
#include "catalog/replay_partition.h"
#include "catalog/replay_column.h"
#include "catalog/replay_constraint.h"
#include "catalog/replay_drop.h"
#include "catalog/replay_sequence.h"

namespace pgdrift::catalog {

namespace {
using ast::AlterKind;
}  // namespace

void recanonicalize_table(Replayer& r, Table& t) {
  for (auto& [n, c] : t.columns) {
    if (c.default_expr) r.recanonicalize(*c.default_expr, &t);
    if (c.generated) r.recanonicalize(*c.generated, &t);
  }
  for (auto& [n, c] : t.constraints) {
    if (c.check) r.recanonicalize(*c.check, &t);
    if (c.exclude_where) r.recanonicalize(*c.exclude_where, &t);
  }
  for (auto& [n, tr] : t.triggers)
    if (tr.when) r.recanonicalize(*tr.when, &t);
  for (auto& [n, p] : t.policies) {
    if (p.using_expr) r.recanonicalize(*p.using_expr, &t);
    if (p.check_expr) r.recanonicalize(*p.check_expr, &t);
  }
  for (auto& [k, ix] : r.cat.indexes) {
    if (ix.schema != t.schema || ix.table != t.name) continue;
    for (IndexKey& key : ix.keys)
      if (key.expr) r.recanonicalize(*key.expr, &t);
    if (ix.where) r.recanonicalize(*ix.where, &t);
  }
}

namespace {

void add_column_cmd(Replayer& r, Table& t, const ast::AlterTableCmd& c) {
  if (t.columns.count(c.column_def->name) && c.missing_ok) return;
  std::vector<ast::Constraint> cons;
  add_column(r, t, *c.column_def, cons);
  for (const auto& k : cons)
    if (k.kind == ast::ConstraintKind::Check) add_constraint(r, t, k, false);
  for (const auto& k : cons)
    if (k.kind != ast::ConstraintKind::Check && k.kind != ast::ConstraintKind::ForeignKey) add_constraint(r, t, k, false);
  for (const auto& k : cons)
    if (k.kind == ast::ConstraintKind::ForeignKey) add_constraint(r, t, k, false);
}

void set_identity_cmd(Replayer& r, Table& t, Column& col, const ast::AlterTableCmd& c) {
  if (c.identity) col.identity = *c.identity;
  for (auto& [k, s] : r.cat.sequences)
    if (s.identity && s.owner_table == Key{t.schema, t.name} && s.owner_column == col.name)
      apply_seq_options(r, s.params, c.seq_options, false);
}

void drop_identity_cmd(Replayer& r, Table& t, Column& col) {
  col.identity = 0;
  std::erase_if(r.cat.sequences, [&](const auto& e) {
    return e.second.identity && e.second.owner_table == Key{t.schema, t.name} && e.second.owner_column == col.name;
  });
}

// Actions on one existing column.
// A default that is a bare string literal took the column's type when it was set, and keeps it
// through a retype: PostgreSQL then prints 'basic'::text for a column now varchar(20). The SQL
// to create it again says so (the canonical form, compared, does not change).
void keep_literal_type(Column& col, const std::string& old_type) {
  if (!col.default_expr) return;
  std::string& sql = col.default_expr->sql.value;
  bool bare = sql.size() >= 2 && sql.front() == '\'' && sql.back() == '\'' && sql.find("'::") == std::string::npos;
  if (!bare) return;
  std::string type = old_type.substr(0, old_type.find('('));
  sql += "::" + type;
  col.default_expr->printed.value.clear();
}

void column_cmd(Replayer& r, Table& t, Column& col, const ast::AlterTableCmd& c) {
  switch (c.kind) {
    case AlterKind::SetDefault: set_column_default(r, t, col, *c.expr, c.printed); break;
    case AlterKind::DropDefault: col.default_expr.reset(); break;
    case AlterKind::SetNotNull: col.not_null = true; break;
    case AlterKind::DropNotNull: col.not_null = false; break;
    case AlterKind::AlterType:
    {
      std::string old_type = col.type;
      col.type = r.column_type_of(*c.type);
      col.type_printed.value.clear();
      col.collation = r.collation_of(c.collation);
      recanonicalize_table(r, t);
      keep_literal_type(col, old_type);
      col.storage = 0;  // the new type's own
      break;
    }
    case AlterKind::AddIdentity:
      add_identity(r, t, col, c.constraint->identity, c.constraint->identity_options);
      break;
    case AlterKind::SetIdentity: set_identity_cmd(r, t, col, c); break;
    case AlterKind::DropIdentity: drop_identity_cmd(r, t, col); break;
    case AlterKind::DropExpression: col.generated.reset(); break;
    case AlterKind::SetStatistics: col.statistics = c.statistics; break;
    case AlterKind::SetStorage: col.storage = column_storage(col.type, c.printed); break;
    case AlterKind::SetCompression: col.compression = c.printed == "default" ? "" : c.printed; break;
    case AlterKind::SetColumnOptions: case AlterKind::ResetColumnOptions:
      set_options(col.options, c.options, c.kind == AlterKind::SetColumnOptions);
      break;
    default: break;
  }
}

void apply_cmd(Replayer& r, Table& t, const ast::AlterTableCmd& c) {
  if (set_rule_state(r, t.rules, c)) return;
  switch (c.kind) {
    case AlterKind::AddColumn: add_column_cmd(r, t, c); return;
    case AlterKind::AddConstraint: add_constraint(r, t, *c.constraint, false); return;
    case AlterKind::SetLogged: t.unlogged = false; return;
    case AlterKind::SetAccessMethod: t.access_method = c.column == "heap" ? "" : c.column; return;
    case AlterKind::SetUnlogged: t.unlogged = true; return;
    case AlterKind::EnableRls: t.rls_enabled = true; return;
    case AlterKind::DisableRls: t.rls_enabled = false; return;
    case AlterKind::ForceRls: t.rls_forced = true; return;
    case AlterKind::NoForceRls: t.rls_forced = false; return;
    case AlterKind::EnableTrigger: case AlterKind::DisableTrigger:
    case AlterKind::EnableAlwaysTrigger: case AlterKind::EnableReplicaTrigger: {
      auto it = t.triggers.find(c.column);
      if (it == t.triggers.end()) {
        r.warn(DiagKind::unknown_object, "trigger " + quote_ident(c.column) + " does not exist; action ignored");
        return;
      }
      it->second.enabled = firing_state(c.kind);
      return;
    }
    case AlterKind::DropConstraint:
    case AlterKind::ValidateConstraint: {
      auto it = t.constraints.find(c.column);
      if (it == t.constraints.end()) {
        if (!c.missing_ok)
          r.warn(DiagKind::unknown_object, "constraint " + quote_ident(c.column) + " of " +
                                               qualified(t.schema, t.name) + " does not exist; action ignored");
        return;
      }
      if (c.kind == AlterKind::ValidateConstraint) it->second.not_valid = false;
      else t.constraints.erase(it);
      return;
    }
    case AlterKind::AttachPartition: case AlterKind::DetachPartition:
    case AlterKind::Inherit: case AlterKind::NoInherit:
      replay_relation_cmd(r, t, c);
      return;
    case AlterKind::OfType:
      make_typed(r, t, c.relation);
      return;
    case AlterKind::NotOf:
      t.of_type = {};
      return;
    case AlterKind::ReplicaIdentity:
      t.replica_identity = c.column.empty() ? 'd' : c.column[0];
      t.replica_index = t.replica_identity == 'i' ? c.relation.name : "";
      return;
    case AlterKind::SetOptions: case AlterKind::ResetOptions:
      set_options(t.options, c.options, c.kind == AlterKind::SetOptions);
      return;
    case AlterKind::ClusterOn: case AlterKind::DropCluster: {
      bool found = c.kind == AlterKind::DropCluster;
      for (auto& [k, ix] : r.cat.indexes)
        if (k.first == t.schema && ix.table == t.name) {
          ix.clustered = c.kind == AlterKind::ClusterOn && ix.name == c.column;
          found = found || ix.clustered;
        }
      for (auto& [n, con] : t.constraints) {
        con.clustered = c.kind == AlterKind::ClusterOn && n == c.column && con.type != ConType::Check && con.type != ConType::ForeignKey;
        found = found || con.clustered;
      }
      if (!found) r.warn(DiagKind::unknown_object, "index " + quote_ident(c.column) + " of " + qualified(t.schema, t.name) + " does not exist; action ignored");
      return;
    }
    default: break;
  }
  auto it = t.columns.find(c.column);
  if (it == t.columns.end()) {
    if (!c.missing_ok)
      r.warn(DiagKind::unknown_object, "column " + quote_ident(c.column) + " of " + qualified(t.schema, t.name) +
                                           " does not exist; action ignored");
    return;
  }
  if (c.kind == AlterKind::DropColumn) drop_column(r, t, c.column, c.cascade);
  else column_cmd(r, t, it->second, c);
}
}  // namespace

// ALTER TYPE composite ADD / DROP / ALTER ATTRIBUTE share ALTER TABLE's statement node.
void alter_composite(Replayer& r, const ast::AlterTable& s) {
  auto k = r.find_type(s.table);
  auto it = k ? r.cat.composites.find(*k) : r.cat.composites.end();
  if (it == r.cat.composites.end()) {
    r.warn(DiagKind::unknown_object, "composite type " + quote_ident(s.table.name) + " does not exist; statement ignored");
    return;
  }
  auto& attrs = it->second.attributes;
  for (const ast::AlterTableCmd& c : s.cmds) {
    auto pos = std::find_if(attrs.begin(), attrs.end(), [&](const auto& a) { return a.first == c.column; });
    if (c.kind == AlterKind::AddColumn && c.column_def) attrs.emplace_back(c.column_def->name, r.column_type_of(c.column_def->type));
    else if (c.kind == AlterKind::DropColumn && pos != attrs.end()) attrs.erase(pos);
    else if (c.kind == AlterKind::AlterType && pos != attrs.end() && c.type) pos->second = r.column_type_of(*c.type);
    else {
      r.warn(DiagKind::unsupported_clause, "this alter type action is not modelled");
      continue;
    }
    alter_typed_tables(r, it->first, c);
  }
}

// ALTER VIEW / ALTER MATERIALIZED VIEW (or ALTER TABLE naming a view): options, rule states and
// column defaults (what an INSERT through the view fills in).
void alter_view(Replayer& r, View& v, const ast::AlterTable& s) {
  for (const ast::AlterTableCmd& c : s.cmds) {
    if (set_rule_state(r, v.rules, c)) continue;
    bool has_column = std::find(v.columns.begin(), v.columns.end(), c.column) != v.columns.end();
    if (c.kind == AlterKind::SetDefault && c.expr && has_column && !v.materialized) {
      v.column_defaults[c.column] = r.store(*c.expr, nullptr, c.printed);
      continue;
    }
    if (c.kind == AlterKind::DropDefault && has_column) {
      v.column_defaults.erase(c.column);
      continue;
    }
    if (c.kind != AlterKind::SetOptions && c.kind != AlterKind::ResetOptions) {
      r.warn(DiagKind::unsupported_clause, "this alter view action is not modelled");
      continue;
    }
    for (const auto& option : c.options) {
      std::erase_if(v.options, [&](const auto& o) { return o.first == option.first; });
      if (c.kind == AlterKind::SetOptions) v.options.push_back(option);
    }
    v.options = normalized_view_options(v.options);
  }
}

// ALTER INDEX on the index of a primary key, unique or exclusion constraint: its storage
// parameters; false when no constraint of the schema has that name.
bool constraint_index(Replayer& r, const ast::AlterTable& s) {
  for (const std::string& schema : s.table.schema.empty() ? r.search_path : std::vector<std::string>{s.table.schema})
    for (auto& [k, t] : r.cat.tables) {
      auto it = k.first == schema ? t.constraints.find(s.table.name) : t.constraints.end();
      if (it == t.constraints.end() || it->second.type == ConType::Check || it->second.type == ConType::ForeignKey) continue;
      for (const ast::AlterTableCmd& c : s.cmds)
        if (c.kind == AlterKind::SetOptions || c.kind == AlterKind::ResetOptions)
          set_options(it->second.index_options, c.options, c.kind == AlterKind::SetOptions);
        else if (c.kind != AlterKind::AttachPartition)  // pg_dump's: the clone on the partition pgdrift already made
          r.warn(DiagKind::unsupported_clause, "this alter index action on a constraint's index is not modelled");
      return true;
    }
  return false;
}

// ALTER INDEX: storage parameters and the statistics target of an expression column.
void alter_index(Replayer& r, const ast::AlterTable& s) {
  std::optional<Key> k = r.find_index(s.table);
  if (!k && constraint_index(r, s)) return;
  if (!k) {
    if (!s.if_exists) r.warn(DiagKind::unknown_object, "index " + quote_ident(s.table.name) + " does not exist; statement ignored");
    return;
  }
  Index& ix = r.cat.indexes.at(*k);
  for (const ast::AlterTableCmd& c : s.cmds) {
    if (c.kind == AlterKind::SetStatistics) {
      if (c.statistics < 0) ix.column_statistics.erase(c.column_number);
      else ix.column_statistics[c.column_number] = c.statistics;
    } else if (c.kind == AlterKind::SetOptions || c.kind == AlterKind::ResetOptions) {
      std::map<std::string, std::string> opts(ix.options.begin(), ix.options.end());
      set_options(opts, c.options, c.kind == AlterKind::SetOptions);
      ix.options.assign(opts.begin(), opts.end());
      ix.options_written.value = ix.options;
    } else if (c.kind != AlterKind::AttachPartition) {
      r.warn(DiagKind::unsupported_clause, "this alter index action is not modelled");
    }
  }
}

void replay_alter_table(Replayer& r, const ast::AlterTable& s) {
  if (s.relkind == ast::RelKind::Type) {
    alter_composite(r, s);
    return;
  }
  if (auto v = r.find_table(s.table) ? std::nullopt : r.find_view(s.table)) {
    alter_view(r, r.cat.views.at(*v), s);
    return;
  }
  // ALTER INDEX parent ATTACH PARTITION child (pg_dump): the clone pgdrift already made.
  if (s.relkind == ast::RelKind::Index) {
    alter_index(r, s);
    return;
  }
  if (s.relkind != ast::RelKind::Table && s.relkind != ast::RelKind::ForeignTable) {
    if (!s.cmds.empty()) r.warn(DiagKind::unsupported_stmt, "alter of this kind of relation is not modelled yet");
    return;
  }
  Table* t = r.table_or_warn(s.table, s.if_exists);
  if (!t) return;
  for (const ast::AlterTableCmd& c : s.cmds) {
    std::set<std::string> constraints_before;
    for (const auto& [n, con] : t->constraints) constraints_before.insert(n);
    apply_cmd(r, *t, c);
    if (!s.only) recurse_to_children(r, *t, c, constraints_before);
  }
}

}  // namespace pgdrift::catalog
