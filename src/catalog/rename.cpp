// Renames that keep data (rename.h): looked up in a catalog, applied by replaying the ALTER.
#include "catalog/rename.h"

#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/names.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

const char* rename_kind_name(RenameKind k) {
  switch (k) {
    case RenameKind::Table: return "table";
    case RenameKind::Column: return "column";
    case RenameKind::Type: return "type";
    case RenameKind::EnumValue: return "enum value";
    case RenameKind::Index: return "index";
    case RenameKind::Constraint: return "constraint";
  }
  return "table";
}

namespace {
bool has(const Catalog& cat, const Rename& r, const std::string& name) {
  Key owner{r.schema, r.owner};
  switch (r.kind) {
    case RenameKind::Table: return cat.tables.count({r.schema, name}) > 0;
    case RenameKind::Index: return cat.indexes.count({r.schema, name}) > 0;
    case RenameKind::Type: return cat.type_exists({r.schema, name});
    case RenameKind::Column: {
      auto t = cat.tables.find(owner);
      return t != cat.tables.end() && t->second.columns.count(name) > 0;
    }
    case RenameKind::Constraint: {
      auto t = cat.tables.find(owner);
      return t != cat.tables.end() && t->second.constraints.count(name) > 0;
    }
    case RenameKind::EnumValue: {
      auto e = cat.enums.find(owner);
      return e != cat.enums.end() && std::count(e->second.labels.begin(), e->second.labels.end(), name) > 0;
    }
  }
  return false;
}
}  // namespace

bool rename_source_exists(const Catalog& cat, const Rename& r) { return has(cat, r, r.from); }

bool rename_target_exists(const Catalog& cat, const Rename& r) {
  // A relation's new name may be taken by any relation; the rest by one of its own kind.
  if (r.kind == RenameKind::Table || r.kind == RenameKind::Index) return cat.relation_exists({r.schema, r.to});
  return has(cat, r, r.to);
}

ObjectKind renamed_kind(const Catalog& cat, const Rename& r) {
  switch (r.kind) {
    case RenameKind::Table: return ObjectKind::Table;
    case RenameKind::Column: return ObjectKind::Column;
    case RenameKind::Index: return ObjectKind::Index;
    case RenameKind::Constraint: return ObjectKind::Constraint;
    case RenameKind::EnumValue: return ObjectKind::Enum;
    case RenameKind::Type: {
      Key k{r.schema, r.to};
      if (cat.domains.count(k)) return ObjectKind::Domain;
      if (cat.composites.count(k)) return ObjectKind::Composite;
      if (cat.ranges.count(k)) return ObjectKind::Range;
      return ObjectKind::Enum;
    }
  }
  return ObjectKind::Table;
}

std::string renamed_group(const Rename& r) {
  bool part = r.kind == RenameKind::Column || r.kind == RenameKind::Constraint || r.kind == RenameKind::EnumValue;
  return key_text({r.schema, part ? r.owner : r.to});
}

std::string renamed_id(const Rename& r) {
  std::string group = renamed_group(r);
  if (r.kind == RenameKind::Column || r.kind == RenameKind::Constraint) return group + "." + quote_ident(r.to);
  return group;
}

std::optional<Rename> resolve_rename(const Replayer& r, const ast::Rename& n) {
  Rename out;
  out.at = r.span;
  out.inferred = true;
  out.to = truncate_identifier(n.new_name);
  std::optional<Key> k;
  switch (n.kind) {
    case ast::ObjKind::Table: out.kind = RenameKind::Table; k = r.find_table(n.object); break;
    case ast::ObjKind::Index: out.kind = RenameKind::Index; k = r.find_index(n.object); break;
    case ast::ObjKind::Type: out.kind = RenameKind::Type; k = r.find_type(n.object); break;
    case ast::ObjKind::Column: out.kind = RenameKind::Column; k = r.find_table(n.object); break;
    case ast::ObjKind::Constraint: out.kind = RenameKind::Constraint; k = r.find_table(n.object); break;
    default: return std::nullopt;
  }
  if (!k) return std::nullopt;
  out.schema = k->first;
  bool part = out.kind == RenameKind::Column || out.kind == RenameKind::Constraint;
  (part ? out.owner : out.from) = k->second;
  if (part) out.from = n.sub;
  return out;
}

std::optional<Rename> resolve_rename(const Replayer& r, const ast::AlterEnum& n) {
  std::optional<Key> k = r.find_enum(n.name);
  if (!k) return std::nullopt;
  return Rename{RenameKind::EnumValue, k->first, k->second, n.old_value, n.new_value, r.span, true};
}

void note_rename(Replayer& r, const std::optional<Rename>& seen) {
  if (seen && r.renames_seen && rename_target_exists(r.cat, *seen) && !rename_source_exists(r.cat, *seen))
    r.renames_seen->push_back(*seen);
}

void apply_rename(Catalog& cat, const Rename& r, DiagnosticEngine& diags) {
  Replayer replayer(cat, diags);
  replayer.span = r.at;
  ast::Stmt stmt;
  stmt.span = r.at;
  if (r.kind == RenameKind::EnumValue) {
    ast::AlterEnum a;
    a.name = ast::QualName{r.schema, r.owner, r.at};
    a.old_value = r.from;
    a.new_value = r.to;
    stmt.node = std::move(a);
    stmt.tag = "ALTER TYPE";
  } else {
    ast::Rename n;
    bool part = r.kind == RenameKind::Column || r.kind == RenameKind::Constraint;
    n.kind = r.kind == RenameKind::Table ? ast::ObjKind::Table
             : r.kind == RenameKind::Column ? ast::ObjKind::Column
             : r.kind == RenameKind::Index ? ast::ObjKind::Index
             : r.kind == RenameKind::Constraint ? ast::ObjKind::Constraint : ast::ObjKind::Type;
    n.object = ast::QualName{r.schema, part ? r.owner : r.from, r.at};
    if (part) n.sub = r.from;
    n.new_name = r.to;
    stmt.node = std::move(n);
    stmt.tag = "ALTER";
  }
  replayer.apply(stmt);
}

}  // namespace pgdrift::catalog
