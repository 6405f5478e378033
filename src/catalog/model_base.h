// The building blocks of the catalog model: keys, texts kept for printing only, stored
// expressions and what they reference, sequence parameters.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/span.h"
#include "frontend/expr.h"

namespace pgdrift::catalog {

using Key = std::pair<std::string, std::string>;  // (schema, name)

// A value carried along for printing only; always compares equal.
template <class T>
struct Shown {
  T value{};
  bool operator==(const Shown&) const { return true; }
};

// Texts "printed" below are the object as its source wrote it, kept only while nothing it names
// was renamed (forget_printed). When the source is a pg_dump, that is exactly what the server
// prints for the object (pg_get_expr, pg_get_constraintdef, ...): the reconciler compares the
// live catalog with it before it asks the server to print a probe (docs/reconciler-patterns.md).

// The user objects something names (resolved keys): what it depends on, for ordering.
struct Refs {
  std::vector<Key> functions;  // by name: any overload
  std::vector<Key> types;
  std::vector<Key> relations;  // tables, views, sequences
};

// An expression as stored: canonical text (compared), SQL to print, and what is needed to
// recompute both after a column rename.
struct StoredExpr {
  std::string canonical;
  Shown<std::string> sql;
  Shown<std::string> printed;
  Shown<Refs> refs;
  Shown<std::optional<Expr>> expr;
  Shown<std::map<std::string, std::string>> renames;  // column as written -> current name
  bool operator==(const StoredExpr& o) const { return canonical == o.canonical; }
};

struct SeqParams {
  std::string type = "bigint";
  int64_t start = 1, increment = 1, min = 1, max = INT64_MAX, cache = 1;
  bool cycle = false;
  bool operator==(const SeqParams&) const = default;
};

}  // namespace pgdrift::catalog
