// Small builders for libpg_query nodes allocated in an Arena, shared by the tree rewrites
// (expr_normalize.cpp, query_canon.cpp, statement_canon.cpp). Internal to the frontend.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/expr.h"
#include "frontend/pg_parse.h"

namespace pgdrift {

inline PgQuery__Node* make_node(Arena& a) {
  PgQuery__Node init = PG_QUERY__NODE__INIT;
  return a.make(init);
}

inline PgQuery__Node* make_string(Arena& a, std::string_view s) {
  PgQuery__String init = PG_QUERY__STRING__INIT;
  PgQuery__Node* n = make_node(a);
  n->node_case = PG_QUERY__NODE__NODE_STRING;
  n->string = a.make(init);
  n->string->sval = a.strdup(s);
  return n;
}

// A target naming a column (INSERT INTO t (name) ...).
inline PgQuery__Node* make_res_target(Arena& a, std::string_view name) {
  PgQuery__ResTarget init = PG_QUERY__RES_TARGET__INIT;
  PgQuery__Node* n = make_node(a);
  n->node_case = PG_QUERY__NODE__NODE_RES_TARGET;
  n->res_target = a.make(init);
  n->res_target->name = a.strdup(name);
  return n;
}

inline PgQuery__Node** make_array(Arena& a, const std::vector<PgQuery__Node*>& items) {
  auto** arr = static_cast<PgQuery__Node**>(a.alloc(sizeof(PgQuery__Node*) * (items.empty() ? 1 : items.size())));
  for (size_t i = 0; i < items.size(); ++i) arr[i] = items[i];
  return arr;
}

inline PgQuery__Node** make_list(Arena& a, std::initializer_list<PgQuery__Node*> items) {
  return make_array(a, std::vector<PgQuery__Node*>(items));
}

// An operator expression: l op r.
inline PgQuery__Node* make_op(Arena& a, const char* op, PgQuery__Node* l, PgQuery__Node* r) {
  PgQuery__AExpr init = PG_QUERY__A__EXPR__INIT;
  PgQuery__Node* n = make_node(a);
  n->node_case = PG_QUERY__NODE__NODE_A_EXPR;
  n->a_expr = a.make(init);
  n->a_expr->kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
  n->a_expr->n_name = 1;
  n->a_expr->name = make_list(a, {make_string(a, op)});
  n->a_expr->lexpr = l;
  n->a_expr->rexpr = r;
  return n;
}

// l AND r / l OR r.
inline PgQuery__Node* make_bool(Arena& a, PgQuery__BoolExprType op, PgQuery__Node* l, PgQuery__Node* r) {
  PgQuery__BoolExpr init = PG_QUERY__BOOL_EXPR__INIT;
  PgQuery__Node* n = make_node(a);
  n->node_case = PG_QUERY__NODE__NODE_BOOL_EXPR;
  n->bool_expr = a.make(init);
  n->bool_expr->boolop = op;
  n->bool_expr->n_args = 2;
  n->bool_expr->args = make_list(a, {l, r});
  return n;
}

// A name list (function, type): schema.name, or builtin_schema.name for a built-in one, or name.
inline void set_name_list(Arena& a, const ResolvedName& rn, const char* builtin_schema, size_t* n,
                   PgQuery__Node*** items) {
  if (rn.schema.empty() && !builtin_schema) {
    *n = 1;
    *items = make_list(a, {make_string(a, rn.name)});
  } else {
    *n = 2;
    *items = make_list(a, {make_string(a, rn.schema.empty() ? builtin_schema : rn.schema),
                           make_string(a, rn.name)});
  }
}

// The String items of a list, in order (other node kinds skipped).
inline std::vector<std::string> string_list(PgQuery__Node* const* items, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i)
    if (items[i]->node_case == PG_QUERY__NODE__NODE_STRING) out.emplace_back(items[i]->string->sval);
  return out;
}

}  // namespace pgdrift
