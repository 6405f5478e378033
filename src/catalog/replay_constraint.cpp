#include "catalog/replay_constraint.h"

#include "base/sql_ident.h"
#include "catalog/extensions.h"
#include "catalog/names.h"
#include "catalog/types.h"

namespace pgdrift::catalog {

namespace {
ConType con_type(ast::ConstraintKind k) {
  switch (k) {
    case ast::ConstraintKind::PrimaryKey: return ConType::PrimaryKey;
    case ast::ConstraintKind::Unique: return ConType::Unique;
    case ast::ConstraintKind::ForeignKey: return ConType::ForeignKey;
    case ast::ConstraintKind::Exclude: return ConType::Exclude;
    default: return ConType::Check;
  }
}

std::string implicit_name(Replayer& r, const Table& t, const ast::Constraint& c) {
  const Catalog& cat = r.cat;
  const std::string& schema = t.schema;
  auto con_taken = [&](const std::string& n) { return constraint_name_taken(cat, schema, n); };
  auto rel_taken = [&](const std::string& n) { return cat.relation_exists({schema, n}) || con_taken(n); };
  switch (c.kind) {
    case ast::ConstraintKind::PrimaryKey: return choose_name(t.name, "", "pkey", rel_taken);
    case ast::ConstraintKind::Unique: {
      std::vector<std::string> names = c.columns;  // INCLUDE columns count too
      names.insert(names.end(), c.include.begin(), c.include.end());
      return choose_name(t.name, join_name_parts(unique_column_names(names)), "key", rel_taken);
    }
    case ast::ConstraintKind::Exclude: {
      std::vector<std::string> names;
      for (const auto& [elem, op] : c.exclusions) names.push_back(index_elem_name(elem));
      names.insert(names.end(), c.include.begin(), c.include.end());
      return choose_name(t.name, join_name_parts(unique_column_names(names)), "excl", rel_taken);
    }
    case ast::ConstraintKind::ForeignKey: return choose_name(t.name, join_name_parts(c.columns), "fkey", con_taken);
    default: {
      std::vector<std::string> cols = c.expr ? c.expr->columns() : std::vector<std::string>{};
      return choose_name(t.name, cols.size() == 1 ? cols[0] : "", "check", con_taken);
    }
  }
}

std::vector<std::string> primary_key_columns(const Table& t) {
  for (const auto& [n, c] : t.constraints)
    if (c.type == ConType::PrimaryKey) return c.columns;
  return {};
}

void fill_foreign_key(Replayer& r, const Table& t, const ast::Constraint& c, Constraint& out) {
  std::optional<Key> ref = r.find_table(c.ref_table);
  if (!ref && c.ref_table.schema.empty() && c.ref_table.name == t.name) ref = Key{t.schema, t.name};
  out.ref_table = ref ? *ref : r.creation_key(c.ref_table);
  out.ref_columns = c.ref_columns;
  if (!ref) {
    r.note_external("table " + key_text(out.ref_table), c.ref_table.span);
  } else if (out.ref_columns.empty()) {
    out.ref_columns = *ref == Key{t.schema, t.name} ? primary_key_columns(t) : primary_key_columns(r.cat.tables.at(*ref));
  }
  out.match = c.match;
  out.on_update = c.on_update;
  out.on_delete = c.on_delete;
  out.on_delete_set_columns = c.on_delete_set_columns;
}

std::string exclusion_text(Replayer& r, const Table& t, const ast::Constraint& c) {
  std::string out = c.access_method + " (";
  for (size_t i = 0; i < c.exclusions.size(); ++i) {
    IndexKey k = index_key_of(r, t, c.exclusions[i].first, c.access_method);
    out += (i ? ", " : "") + (k.expr ? "(" + k.expr->canonical + ")" : quote_ident(k.column));
    if (!k.opclass.empty()) out += " " + k.opclass;
    out += " WITH " + c.exclusions[i].second;
  }
  return out + ")";
}
}  // namespace

bool constraint_name_taken(const Catalog& cat, const std::string& schema, const std::string& name) {
  if (!cat.constraint_names.names.count(name)) return false;
  for (auto it = cat.tables.lower_bound(Key{schema, ""}); it != cat.tables.end() && it->first.first == schema; ++it)
    if (it->second.constraints.count(name)) return true;
  return false;
}

std::string index_elem_name(const ast::IndexElem& e) {
  return e.expr ? e.expr->figure_colname() : e.column;
}

IndexKey index_key_of(Replayer& r, const Table& t, const ast::IndexElem& e, const std::string& method) {
  IndexKey k;
  k.column = e.column;
  if (e.expr) k.expr = r.store(*e.expr, &t);
  k.collation = r.collation_of(e.collation);
  if (!e.opclass.empty()) {
    const std::string& oc = e.opclass.back();
    std::string schema = e.opclass.size() >= 2 ? e.opclass[e.opclass.size() - 2] : "";
    for (const std::string& p : schema.empty() ? r.search_path : std::vector<std::string>{})  // a class of the schema
      if (schema.empty() && r.cat.opclasses.count({p, oc + "/" + method})) schema = p;
    if (schema.empty()) {
      std::string_view ext = extension_defining(ExtObject::OpClass, oc);
      auto it = r.cat.extensions.find(std::string(ext));
      if (!ext.empty() && it != r.cat.extensions.end()) schema = it->second.schema;
    }
    k.opclass = schema.empty() || schema == "pg_catalog" ? quote_ident(oc) : qualified(schema, oc);
    const Column* col = e.column.empty() ? nullptr : t.column(e.column);
    if (col && (schema.empty() || schema == "pg_catalog") && is_default_opclass(method, col->type, oc) && e.opclass_options.empty())
      k.opclass.clear();
  }
  for (const auto& [name, value] : e.opclass_options)
    k.opclass_options += (k.opclass_options.empty() ? "" : ", ") + name + "=" + quote_literal(value);
  k.desc = e.ordering == 2;
  // NULLS LAST is the default for ASC, NULLS FIRST for DESC.
  if (e.nulls == 1 && !k.desc) k.nulls = 1;
  if (e.nulls == 2 && k.desc) k.nulls = 2;
  return k;
}

void add_constraint(Replayer& r, Table& t, const ast::Constraint& c, bool creating) {
  Constraint out;
  out.type = con_type(c.kind);
  if (!c.name.empty()) out.name = truncate_identifier(c.name);
  else if (!c.using_index.empty()) out.name = c.using_index;  // the index's name carries over
  else out.name = implicit_name(r, t, c);
  if (t.constraints.count(out.name)) {
    r.warn(DiagKind::duplicate_object, "constraint " + quote_ident(out.name) + " already exists on " +
                                           qualified(t.schema, t.name), c.span);
    return;
  }
  out.columns = c.columns;
  out.include = c.include;
  set_options(out.index_options, c.index_options, true);
  out.nulls_not_distinct = c.nulls_not_distinct;
  out.deferrable = c.deferrable;
  out.initially_deferred = c.initially_deferred;
  out.no_inherit = c.no_inherit;
  out.not_valid = !creating && c.not_valid;
  out.printed.value = c.printed;
  out.origin = r.origin();
  switch (out.type) {
    case ConType::Check:
      if (c.expr) out.check = r.store(*c.expr, &t);
      break;
    case ConType::PrimaryKey:
      for (const std::string& col : out.columns)
        if (auto it = t.columns.find(col); it != t.columns.end()) it->second.not_null = true;
      break;
    case ConType::ForeignKey: fill_foreign_key(r, t, c, out); break;
    case ConType::Exclude:
      out.exclude_using = exclusion_text(r, t, c);
      if (c.where) out.exclude_where = r.store(*c.where, &t);
      break;
    case ConType::Unique: break;
  }
  if (!c.using_index.empty()) {
    if (auto k = r.find_index(ast::QualName{t.schema, c.using_index, {}})) {
      for (const IndexKey& key : r.cat.indexes.at(*k).keys) out.columns.push_back(key.column);
      r.cat.indexes.erase(*k);
      if (out.type == ConType::PrimaryKey)
        for (const std::string& col : out.columns)
          if (auto it = t.columns.find(col); it != t.columns.end()) it->second.not_null = true;
    }
  }
  r.cat.note_constraint_name(out.name);
  t.constraints[out.name] = std::move(out);
}

}  // namespace pgdrift::catalog
