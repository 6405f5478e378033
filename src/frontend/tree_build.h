// Small builders for libpg_query nodes allocated in an Arena, shared by the tree rewrites
// (expr_normalize.cpp, query_canon.cpp). Internal to the frontend.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

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

// The String items of a list, in order (other node kinds skipped).
inline std::vector<std::string> string_list(PgQuery__Node* const* items, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i)
    if (items[i]->node_case == PG_QUERY__NODE__NODE_STRING) out.emplace_back(items[i]->string->sval);
  return out;
}

}  // namespace pgdrift
