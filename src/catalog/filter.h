// Narrowing a catalog to what a policy manages (include/exclude schema, exclude table).
#pragma once
#include <functional>
#include <string>

#include "catalog/catalog.h"

namespace pgdrift::catalog {

struct Scope {
  std::function<bool(const std::string& schema)> schema;
  std::function<bool(const std::string& schema, const std::string& table)> table;
};

// Removes every object outside `scope`: schemas and what they hold, tables with their
// indexes and owned sequences. Foreign keys of kept tables that point outside stay.
void restrict_to(Catalog& cat, const Scope& scope);

}  // namespace pgdrift::catalog
