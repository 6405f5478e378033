// Adding constraints to a table: implicit names, PK-implied NOT NULL, FK targets.
#pragma once
#include "catalog/replay.h"

namespace pgdrift::catalog {

// True when any table of `schema` has a constraint called `name`.
bool constraint_name_taken(const Catalog& cat, const std::string& schema, const std::string& name);

// Adds `c` (CHECK, PRIMARY KEY, UNIQUE, EXCLUDE, FOREIGN KEY) to table `t`, naming it the
// way PostgreSQL would when it has no name. `creating`: part of CREATE TABLE (always valid).
void add_constraint(Replayer& r, Table& t, const ast::Constraint& c, bool creating);

// Index key from an index element (shared with CREATE INDEX and EXCLUDE).
IndexKey index_key_of(Replayer& r, const Table& t, const ast::IndexElem& e, const std::string& method);

// Name of an index element for implicit index names (column or FigureColname).
std::string index_elem_name(const ast::IndexElem& e);

}  // namespace pgdrift::catalog
