// Rewrites an expression tree (in place, new nodes from `arena`) into the form PostgreSQL
// stores and pg_dump prints. Internal to the frontend; see docs/normalization.md.
#pragma once
#include <string>
#include <vector>

#include "frontend/expr.h"
#include "frontend/pg_parse.h"

namespace pgdrift {

// canonical=false only resolves names (functions, regclass literals, types);
// canonical=true also applies every rewrite used for comparison; query=true keeps what
// prepare_query() made explicit in a view's query (column qualifiers, output names, schemas).
void normalize_expr(PgQuery__Node*& root, Arena& arena, const ExprResolver& resolver, bool canonical,
                    bool query = false);

}  // namespace pgdrift
