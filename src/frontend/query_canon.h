// Makes a view's query explicit the way PostgreSQL stores it (parse analysis) and
// pg_get_viewdef prints it: relations schema-qualified, `*` expanded against the catalog, every
// column reference qualified by its range table entry's name (names made unique across query
// levels: users, users_1), NATURAL joins written as USING, ORDER BY / GROUP BY ordinals and
// output names replaced by the expressions, every output column named. Internal to the frontend.
#pragma once
#include <string>
#include <vector>

#include "frontend/expr.h"
#include "frontend/pg_parse.h"

namespace pgdrift {

struct PreparedQuery {
  std::vector<std::string> columns;     // output column names of the top level
  std::vector<ResolvedName> relations;  // relations read, in order of appearance
};

// Rewrites `select` (a SelectStmt node) in place, new nodes from `arena`. `column_names` are a
// view's column list (CREATE VIEW v (a, b)), naming the first outputs.
PreparedQuery prepare_query(PgQuery__Node* select, Arena& arena, const ExprResolver& resolver,
                            const std::vector<std::string>& column_names);

// Makes the DML statements of `root` (a statement or a list of them: a rule's actions, a
// SQL-standard body) explicit the way PostgreSQL stores and prints them: an INSERT names its
// target columns, every RETURNING item is named (a column keeps its own name unprinted).
void prepare_statements(PgQuery__Node* root, Arena& arena, const ExprResolver& resolver);

}  // namespace pgdrift
