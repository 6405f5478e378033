// DML statements made explicit as PostgreSQL stores them (see query_canon.h): what a rule's
// actions and a SQL-standard body print as after parse analysis.
#include "frontend/expr_walk.h"
#include "frontend/query_canon.h"
#include "frontend/tree_build.h"

namespace pgdrift {

namespace {
// How many values an INSERT's source gives (0: unknown, e.g. SELECT *).
size_t source_width(const PgQuery__Node* source) {
  if (!source || source->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return 0;
  const PgQuery__SelectStmt* s = source->select_stmt;
  if (s->n_values_lists)
    return s->values_lists[0]->node_case == PG_QUERY__NODE__NODE_LIST ? s->values_lists[0]->list->n_items : 0;
  for (size_t i = 0; i < s->n_target_list; ++i) {
    const PgQuery__ResTarget* t = s->target_list[i]->res_target;
    if (t->val && t->val->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
        t->val->column_ref->fields[t->val->column_ref->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR)
      return 0;
  }
  return s->n_target_list;
}

// INSERT INTO t VALUES (...) names the first columns of t, as the server stores it.
void name_insert_columns(PgQuery__InsertStmt* ins, Arena& arena, const ExprResolver& resolver) {
  if (ins->n_cols || !ins->relation || !ins->relation->relname) return;
  size_t width = source_width(ins->select_stmt);
  std::vector<std::string> name;
  if (ins->relation->schemaname && *ins->relation->schemaname) name.emplace_back(ins->relation->schemaname);
  name.emplace_back(ins->relation->relname);
  auto columns = resolver.relation_columns(resolver.relation(name));
  if (!width || !columns || columns->size() < width) return;
  std::vector<PgQuery__Node*> cols;
  for (size_t i = 0; i < width; ++i) cols.push_back(make_res_target(arena, (*columns)[i]));
  ins->cols = make_array(arena, cols);
  ins->n_cols = width;
}

// RETURNING items named as the server names them; a column under its own name stays bare.
void name_returning(PgQuery__Node** items, size_t n, Arena& arena) {
  for (size_t i = 0; i < n; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_RES_TARGET) continue;
    PgQuery__ResTarget* t = items[i]->res_target;
    if (!t->val) continue;
    std::string name = t->name && *t->name ? t->name : Expr(nullptr, t->val, {}).figure_colname("?column?");
    if (t->val->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && Expr(nullptr, t->val, {}).figure_colname("") == name) name.clear();
    t->name = arena.strdup(name);
  }
}
}  // namespace

void prepare_statements(PgQuery__Node* root, Arena& arena, const ExprResolver& resolver) {
  visit_tree(root, [&](PgQuery__Node* n) {
    switch (n->node_case) {
      case PG_QUERY__NODE__NODE_INSERT_STMT:
        name_insert_columns(n->insert_stmt, arena, resolver);
        name_returning(n->insert_stmt->returning_list, n->insert_stmt->n_returning_list, arena);
        break;
      case PG_QUERY__NODE__NODE_UPDATE_STMT:
        name_returning(n->update_stmt->returning_list, n->update_stmt->n_returning_list, arena);
        break;
      case PG_QUERY__NODE__NODE_DELETE_STMT:
        name_returning(n->delete_stmt->returning_list, n->delete_stmt->n_returning_list, arena);
        break;
      default: break;
    }
  });
}

}  // namespace pgdrift
