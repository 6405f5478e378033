// Renames that keep data: an object of the actual database that the desired schema has under
// another name (a policy `rename ...;` rule, or a rename the migrations themselves made). Applied
// to the actual catalog before the diff, so nothing is dropped and created again; the reconciler
// runs the guarded ALTER ... RENAME first (emit).
#pragma once
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "catalog/catalog.h"
#include "catalog/object_kind.h"

namespace pgdrift::catalog {

enum class RenameKind { Table, Column, Type, EnumValue, Index, Constraint };
const char* rename_kind_name(RenameKind k);  // "table", "column", "type", "enum value", "index", "constraint"

struct Rename {
  RenameKind kind = RenameKind::Table;
  std::string schema;
  std::string owner;  // the table of a column or constraint, the type of an enum value; else ""
  std::string from, to;
  SourceSpan at;          // the policy rule, or the migration statement that renamed it
  bool inferred = false;  // from the migrations, not from a rule
  bool operator==(const Rename& o) const {  // the span is where it was said, not what it is
    return kind == o.kind && schema == o.schema && owner == o.owner && from == o.from && to == o.to && inferred == o.inferred;
  }
};

// Whether `cat` has the object under its old name (source) or under its new name (target).
bool rename_source_exists(const Catalog& cat, const Rename& r);
bool rename_target_exists(const Catalog& cat, const Rename& r);

// The registry kind of the renamed object in `cat` (Enum for an enum value; the type's own kind
// for a type), and its id as reports print it, under the new name.
ObjectKind renamed_kind(const Catalog& cat, const Rename& r);
std::string renamed_id(const Rename& r);
std::string renamed_group(const Rename& r);  // the table for its parts, else the id

// Renames the object in `cat` as the ALTER ... RENAME statement would on the server (replay's
// own semantics: expressions, foreign keys, grants follow).
void apply_rename(Catalog& cat, const Rename& r, DiagnosticEngine& diags);

}  // namespace pgdrift::catalog
