// Removing objects with what PostgreSQL removes along with them.
#pragma once
#include "catalog/replay.h"

namespace pgdrift::catalog {

// Current column names an expression refers to (renames applied).
std::vector<std::string> expr_columns(const StoredExpr& e);

// Drops a column and the indexes, constraints and owned sequences that depend on it, and
// (PostgreSQL needs CASCADE for these) foreign keys of other tables that reference it.
void drop_column(Replayer& r, Table& t, const std::string& column, bool cascade);

// Drops a table with its indexes, owned sequences and the foreign keys that reference it.
void drop_table(Replayer& r, const Key& key, bool cascade);

}  // namespace pgdrift::catalog
